package jp.kyoten.hub;

/** The KPIs a hub sets yearly targets for (DOMAIN.md, "KPIs and reports"). */
public enum Kpi {

	CONSULTATIONS, PLACEMENTS, DIGITAL_PLACEMENTS, FINANCIAL_REFERRAL_PLACEMENTS, SIDE_JOB_NEW_COMPANY_PLACEMENTS

}
