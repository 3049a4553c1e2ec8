package jp.kyoten.events;

/**
 * One filled-in questionnaire: satisfaction 1 (不満) … 5 (満足), what was useful, the next
 * action, free text.
 */
record SurveyAnswer(int satisfaction, String useful, NextAction nextAction, String comment) {

}
