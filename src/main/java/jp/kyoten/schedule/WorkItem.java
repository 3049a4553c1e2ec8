package jp.kyoten.schedule;

import java.time.LocalDate;

/**
 * One thing on a person's "my work" page that another capability asks for: a follow-up
 * that falls due, a new portal inquiry. {@code kindKey} is the message key of its label,
 * {@code path} the in-app page to act on it.
 */
public record WorkItem(Section section, String kindKey, String title, LocalDate dueOn, String path) {

	public enum Section {

		/** 期限の来たフォローアップ */
		FOLLOW_UP,
		/** ポータルからの新しい相談 */
		INQUIRY

	}

	/** Only follow-ups fall overdue; for an inquiry the date is when it arrived. */
	public boolean overdueOn(LocalDate today) {
		return section == Section.FOLLOW_UP && dueOn != null && dueOn.isBefore(today);
	}

}
