package jp.kyoten.activity;

/**
 * Where a consultation came from when no support institution referred it; labels are
 * {@code referralSource.X}.
 */
public enum ReferralSource {

	/** セミナー */
	SEMINAR,
	/** Web */
	WEB,
	/** 自主開拓 */
	SELF,
	/** その他 */
	OTHER

}
