package jp.kyoten.events;

/**
 * 計画 → 承認 → 公開 → 開催済 → 報告済. Registration from the public page is open only while
 * PUBLISHED.
 */
enum EventState {

	PLANNED, APPROVED, PUBLISHED, HELD, REPORTED;

	/** The state a plan moves to next, or null at the end. */
	EventState next() {
		return this == REPORTED ? null : values()[ordinal() + 1];
	}

}
