package jp.kyoten.activity;

/** Management issues a company brings (経営課題); labels are messages {@code issue.X}. */
public enum ManagementIssue {

	/** 販路開拓 */
	SALES_CHANNEL,
	/** 生産性向上 */
	PRODUCTIVITY,
	/** 新商品・サービス開発 */
	NEW_PRODUCT,
	/** DX・デジタル化 */
	DX,
	/** 事業承継 */
	SUCCESSION,
	/** 人材確保 */
	RECRUITMENT,
	/** 組織・人事 */
	ORGANISATION,
	/** 海外展開 */
	OVERSEAS,
	/** 財務・資金繰り */
	FINANCE,
	/** 価格転嫁 */
	PRICE_PASS_THROUGH,
	/** 省力化 */
	LABOUR_SAVING,
	/** CN・省エネ */
	CARBON_NEUTRAL,
	/** 知的財産 */
	INTELLECTUAL_PROPERTY,
	/** インボイス */
	INVOICE,
	/** その他 */
	OTHER

}
