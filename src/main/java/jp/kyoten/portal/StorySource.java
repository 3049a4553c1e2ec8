package jp.kyoten.portal;

/**
 * What a success story is written from: a placement (成約) or a support case (a
 * consultation).
 */
enum StorySource {

	PLACEMENT, SUPPORT_CASE

}
