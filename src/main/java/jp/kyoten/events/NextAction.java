package jp.kyoten.events;

/**
 * The questionnaire's "what next": consult the hub, recruit, try side-job talent, want
 * information, nothing.
 */
enum NextAction {

	CONSULT, RECRUIT, SIDE_JOB, INFO, NONE

}
