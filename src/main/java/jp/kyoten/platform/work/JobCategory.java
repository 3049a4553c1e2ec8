package jp.kyoten.platform.work;

/**
 * Job categories of a talent need and an agency's strengths; labels are messages
 * {@code jobCategory.X}.
 */
public enum JobCategory {

	/** 営業・販売・セールス */
	SALES,
	/** 生産管理・工場運営・品質管理 */
	PRODUCTION,
	/** エンジニア（設計・生産技術） */
	ENGINEERING,
	/** 経理・財務 */
	FINANCE,
	/** 広報・マーケティング */
	MARKETING,
	/** 新製品開発・商品企画 */
	PRODUCT_PLANNING,
	/** 経営企画 */
	CORPORATE_PLANNING,
	/** 技術開発・研究開発 */
	R_AND_D,
	/** 総務 */
	GENERAL_AFFAIRS,
	/** システムエンジニア・ITエンジニア */
	IT_ENGINEER,
	/** 物流・購買 */
	LOGISTICS,
	/** 人事 */
	HR,
	/** クリエイティブ */
	CREATIVE,
	/** 法務 */
	LEGAL,
	/** その他 */
	OTHER;

	/**
	 * Every code as a regular expression, for validating API input that arrives as text.
	 */
	public static final String CODES = "SALES|PRODUCTION|ENGINEERING|FINANCE|MARKETING|PRODUCT_PLANNING"
			+ "|CORPORATE_PLANNING|R_AND_D|GENERAL_AFFAIRS|IT_ENGINEER|LOGISTICS|HR|CREATIVE|LEGAL|OTHER";

}
