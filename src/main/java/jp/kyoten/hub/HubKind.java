package jp.kyoten.hub;

public enum HubKind {

	/** プロフェッショナル人材戦略拠点 */
	PRO_TALENT,
	/** よろず支援拠点 */
	YOROZU,
	/** 経済産業局 人材確保支援事業 */
	TALENT_PROGRAMME

}
