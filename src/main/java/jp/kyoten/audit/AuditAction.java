package jp.kyoten.audit;

public enum AuditAction {

	SIGN_IN, SIGN_IN_FAILED, SIGN_OUT, VIEW, CREATE, UPDATE, DELETE, MERGE, EXPORT, IMPORT,

	/** Personal data handed to a third party (an agency): 個人情報保護法の第三者提供の記録. */
	THIRD_PARTY_PROVISION

}
