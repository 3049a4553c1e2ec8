package jp.kyoten.events;

/** 採用・内定状況: no hire, talks going on, an offer (内定), a hire (採用). */
enum FollowUpStatus {

	NONE, IN_PROGRESS, OFFER, HIRED

}
