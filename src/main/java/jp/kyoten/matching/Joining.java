package jp.kyoten.matching;

/**
 * 実際の就職の有無 of a placement: the talent joined (on a day) or did not; unknown until
 * recorded.
 */
public enum Joining {

	JOINED, NOT_JOINED

}
