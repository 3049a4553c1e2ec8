package jp.kyoten.privacy;

/**
 * The kinds of record whose personal fields are erased once their retention period has
 * passed, and how. Each kind names the record's table and date, the personal fields it
 * blanks (or replaces by a mark where the column may not be empty), and the mark that
 * tells an erased record from one still to erase: the preview and the run select with the
 * very same condition. Defaults: the books five years from the next fiscal year (seed 000
 * §5(3), seed 004 IX — kept and disposed of by the finance module, shown here for the
 * whole picture); consultations and placements for the contract (returned and erased at
 * its end, 第13); event registrations, job-seeker inquiries and the consultation form's
 * submissions, which the hub needs only to run the event or pass the inquiry on, one
 * year.
 * <p>
 * This class writes other modules' tables by SQL: the personal fields of each kind are
 * listed here, in one place, because retention is a duty of the contract across modules;
 * a module adding a personal field to one of these tables adds it here.
 */
enum RetentionKind {

	EVENT_REGISTRATION("event_registration", "registered_at", true, 1, "name <> '（消去済み）'",
			"name = '（消去済み）', name_kana = NULL, email = 'erased@invalid', phone = NULL, department = NULL, "
					+ "answers = '{}'::jsonb",
			null),

	JOB_SEEKER_INQUIRY("job_seeker_inquiry", "received_on", false, 1, "name <> '（消去済み）'",
			"name = '（消去済み）', email = NULL, phone = NULL, summary = NULL",
			"UPDATE job_seeker_referral SET provided_data = '{}'::jsonb WHERE inquiry_id = ANY(?)"),

	PORTAL_INQUIRY("portal_inquiry", "received_at", true, 1, "sender_name <> '（消去済み）'",
			"sender_name = '（消去済み）', email = 'erased@invalid', phone = NULL, message = '（保存期間経過により消去）'", null),

	CONSULTATION("consultation", "consulted_on", false, null, "summary <> '（保存期間経過により消去）'",
			"summary = '（保存期間経過により消去）', contact_name = NULL, next_action = NULL", null),

	PLACEMENT("placement", "contract_date", false, null,
			"(residence_before_muni IS NOT NULL OR residence_after_muni IS NOT NULL)",
			"residence_before_muni = NULL, residence_after_muni = NULL", null),

	/**
	 * The books: the finance module disposes of them (its evidence disposal); listed,
	 * never run here.
	 */
	ACCOUNTING(null, null, false, 5, null, null, null);

	final String table;

	final String dateColumn;

	final boolean timestamp;

	final Integer defaultYears;

	final String notErased;

	final String erase;

	final String alsoErase;

	RetentionKind(String table, String dateColumn, boolean timestamp, Integer defaultYears, String notErased,
			String erase, String alsoErase) {
		this.table = table;
		this.dateColumn = dateColumn;
		this.timestamp = timestamp;
		this.defaultYears = defaultYears;
		this.notErased = notErased;
		this.erase = erase;
		this.alsoErase = alsoErase;
	}

	public boolean erasedHere() {
		return table != null;
	}

	public Integer defaultYears() {
		return defaultYears;
	}

	/**
	 * The records due: the hub's, older than the cutoff, not yet erased. The preview and
	 * the run share it.
	 */
	String dueCondition() {
		return " FROM " + table + " WHERE hub_id = ? AND " + dateColumn + " < ? AND " + notErased;
	}

}
