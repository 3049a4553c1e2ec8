package jp.kyoten.events;

/**
 * Who an event is for, and what a registrant is: a company, a support institution, or
 * talent (an individual).
 */
enum Audience {

	COMPANY, INSTITUTION, TALENT

}
