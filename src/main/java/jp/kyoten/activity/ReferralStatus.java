package jp.kyoten.activity;

/**
 * What came of a referral to another institution; labels are {@code referralStatus.X}.
 */
public enum ReferralStatus {

	/** 対応中 */
	IN_PROGRESS,
	/** 解決 */
	RESOLVED,
	/** 不調 */
	UNSUCCESSFUL

}
