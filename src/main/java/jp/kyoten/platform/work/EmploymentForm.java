package jp.kyoten.platform.work;

/**
 * Employment forms of a talent need and an agency's strengths; labels are messages
 * {@code employmentForm.X}.
 */
public enum EmploymentForm {

	/** 常勤・正社員 */
	FULL_TIME,
	/** 副業・兼業 */
	SIDE_JOB,
	/** 顧問 */
	ADVISOR,
	/** 業務委託 */
	CONTRACT,
	/** 出向 */
	SECONDMENT;

	/**
	 * Every code as a regular expression, for validating API input that arrives as text.
	 */
	public static final String CODES = "FULL_TIME|SIDE_JOB|ADVISOR|CONTRACT|SECONDMENT";

}
