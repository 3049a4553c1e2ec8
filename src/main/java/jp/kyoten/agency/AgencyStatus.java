package jp.kyoten.agency;

/**
 * Registration status of an agency with the hub; labels are messages
 * {@code agencyStatus.X}.
 */
public enum AgencyStatus {

	/** 申請中: the application is being reviewed against the hub's requirements. */
	APPLIED,
	/** 登録: may be presented to companies and receive hand-offs. */
	REGISTERED,
	/** 停止: registration suspended; may be resumed. */
	SUSPENDED,
	/** 取消: registration revoked, or the application rejected or withdrawn; final. */
	REVOKED

}
