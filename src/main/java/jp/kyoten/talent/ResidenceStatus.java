package jp.kyoten.talent;

/**
 * 在留資格 a foreign talent holds (the usual ones for international students and
 * professionals; the rest OTHER).
 */
public enum ResidenceStatus {

	STUDENT, ENGINEER_HUMANITIES, HIGHLY_SKILLED, DESIGNATED_ACTIVITIES, SPECIFIED_SKILLED, PERMANENT, LONG_TERM,
	SPOUSE, DEPENDENT, OTHER

}
