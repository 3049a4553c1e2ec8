package jp.kyoten.activity;

/**
 * How a company gave its consent (to a referral, to sharing its record); labels are
 * {@code consentForm.X}.
 */
public enum ConsentForm {

	/** 書面 */
	WRITTEN,
	/** 口頭 */
	ORAL,
	/** 電子（メール・Web） */
	ELECTRONIC

}
