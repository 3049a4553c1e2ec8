package jp.kyoten.talent;

/** The result of an interview set: 内定, 不採用, 辞退, 選考継続. Only 内定 counts in 内定件数. */
public enum InterviewResult {

	OFFER, REJECTED, DECLINED, CONTINUING;

	static final String CODES = "OFFER|REJECTED|DECLINED|CONTINUING";

}
