package jp.kyoten.audit;

public enum AuditAction {

	SIGN_IN, SIGN_IN_FAILED, SIGN_OUT, VIEW, CREATE, UPDATE, DELETE, MERGE, EXPORT, IMPORT

}
