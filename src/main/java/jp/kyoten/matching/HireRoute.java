package jp.kyoten.matching;

/**
 * How a hire the hub took part in came about when it was not a hand-off to a registered
 * agency (those are placements, counted in KPI 2). Hires after an event's follow-up are
 * recorded with the event's offer instead.
 */
public enum HireRoute {

	/** 拠点が直接紹介した人材 (a talent who contacted the hub, introduced by its staff). */
	HUB_REFERRAL,

	/** 支援機関（金融機関・商工会等）経由. */
	INSTITUTION,

	/** その他. */
	OTHER

}
