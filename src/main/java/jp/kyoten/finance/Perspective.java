package jp.kyoten.finance;

/** The four perspectives of the balanced scorecard (seed 003: 財務・顧客・業務プロセス・学習と成長). */
public enum Perspective {

	FINANCIAL, CUSTOMER, PROCESS, LEARNING

}
