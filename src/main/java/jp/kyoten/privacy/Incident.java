package jp.kyoten.privacy;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An incident of the register (事故報告, seed 000 第17), with its deadlines and where each
 * report stands today.
 */
public record Incident(long id, LocalDate foundOn, LocalDate occurredOn, String title, String whatHappened,
		String dataKinds, Integer recordsCount, Integer peopleCount, String location, String cause, String measures,
		boolean malicious, String suspectActor, LocalDate periodFrom, LocalDate periodTo, LocalDate prelimReportedOn,
		String prelimReportedTo, LocalDate finalReportedOn, String finalReportedTo, Instant createdAt, String createdBy,
		int version, LocalDate today) {

	public IncidentDeadlines deadlines() {
		return IncidentDeadlines.of(foundOn, malicious);
	}

	public IncidentDeadlines.State prelimState() {
		return IncidentDeadlines.state(deadlines().prelimBy(), prelimReportedOn, today, 2);
	}

	public IncidentDeadlines.State finalState() {
		return IncidentDeadlines.state(deadlines().finalBy(), finalReportedOn, today, 7);
	}

	public long prelimDaysLeft() {
		return IncidentDeadlines.daysLeft(deadlines().prelimBy(), today);
	}

	public long finalDaysLeft() {
		return IncidentDeadlines.daysLeft(deadlines().finalBy(), today);
	}

	/**
	 * The audit log can propose the records touched when an account and a period are
	 * named.
	 */
	public boolean canPropose() {
		return suspectActor != null && periodFrom != null && periodTo != null;
	}

}
