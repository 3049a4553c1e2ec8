package jp.kyoten.activity;

/** How a consultation reached the hub; labels are messages {@code channel.X}. */
public enum Channel {

	/** 来所 */
	VISIT_IN,
	/** 訪問 */
	VISIT_OUT,
	/** 電話 */
	PHONE,
	/** オンライン */
	ONLINE,
	/** メール */
	EMAIL,
	/** ポータル相談フォーム */
	PORTAL_FORM,
	/** セミナー個別相談 */
	SEMINAR

}
