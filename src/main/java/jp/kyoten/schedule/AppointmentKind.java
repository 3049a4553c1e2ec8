package jp.kyoten.schedule;

/** What an appointment is; labels are messages {@code appointmentKind.X}. */
public enum AppointmentKind {

	/** 企業訪問 */
	COMPANY_VISIT,
	/** 打合せ */
	MEETING,
	/** イベント */
	EVENT,
	/** 外出・不在 */
	OUT_OF_OFFICE,
	/** その他 */
	OTHER;

	/**
	 * Every code as a regular expression, for validating API input that arrives as text.
	 */
	public static final String CODES = "COMPANY_VISIT|MEETING|EVENT|OUT_OF_OFFICE|OTHER";

}
