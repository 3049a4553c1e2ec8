package jp.kyoten.privacy;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditRecords;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.ActingUser;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.time.HubTime;
import jp.kyoten.platform.web.ListPage;
import jp.kyoten.platform.web.ListRequest;
import jp.kyoten.platform.web.ListSorting;

/**
 * The incident register of the hub in scope (事故報告, seed 000 第17): incidents recorded as
 * found and completed as the reports go out, each with the deadlines of its 速報 and 確報 as
 * of today ({@link IncidentDeadlines}); and, where an account and a period are named, the
 * records the audit log says that account read or exported then.
 */
@Service
@Transactional
class Incidents {

	static final ListSorting SORTING = ListSorting.by("found", "id")
		.dateKey("found", "found_on")
		.key("title", "title")
		.dateKey("finalBy", "found_on + CASE WHEN malicious THEN 60 ELSE 30 END");

	private static final String COLUMNS = """
			id, found_on, occurred_on, title, what_happened, data_kinds, records_count, people_count, location, cause,
			measures, malicious, suspect_actor, period_from, period_to, prelim_reported_on, prelim_reported_to,
			final_reported_on, final_reported_to, created_at, created_by, version""";

	private final JdbcClient jdbc;

	private final AuditRecords auditRecords;

	private final AuditTrail audit;

	private final Clock clock;

	Incidents(JdbcClient jdbc, AuditRecords auditRecords, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.auditRecords = auditRecords;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	ListPage<Incident> list(ListRequest request) {
		LocalDate today = currentDay();
		List<Incident> rows = jdbc
			.sql("SELECT " + COLUMNS + " FROM privacy_incident ORDER BY " + SORTING.orderBy(request)
					+ " LIMIT ? OFFSET ?")
			.params(request.size(), request.offset())
			.query((rs, n) -> row(rs, today))
			.list();
		long total = jdbc.sql("SELECT count(*) FROM privacy_incident").query(Long.class).single();
		return new ListPage<>(rows, total, request, "/privacy/incidents");
	}

	/**
	 * @throws RecordNotFoundException for another hub's incident
	 */
	@Transactional(readOnly = true)
	Incident get(long id) {
		LocalDate today = currentDay();
		return jdbc.sql("SELECT " + COLUMNS + " FROM privacy_incident WHERE id = ?")
			.param(id)
			.query((rs, n) -> row(rs, today))
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("incident", id));
	}

	long record(IncidentForm f) {
		check(f);
		long id = jdbc.sql("""
				INSERT INTO privacy_incident (hub_id, found_on, occurred_on, title, what_happened, data_kinds,
				       records_count, people_count, location, cause, measures, malicious, suspect_actor, period_from,
				       period_to, prelim_reported_on, prelim_reported_to, final_reported_on, final_reported_to,
				       created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(HubScope.require(), sqlDate(f.foundOn()), sqlDate(f.occurredOn()), f.title().strip(),
					f.whatHappened().strip(), blank(f.dataKinds()), f.recordsCount(), f.peopleCount(),
					blank(f.location()), blank(f.cause()), blank(f.measures()), f.maliciousTicked(),
					blank(f.suspectActor()), sqlDate(f.periodFrom()), sqlDate(f.periodTo()),
					sqlDate(f.prelimReportedOn()), blank(f.prelimReportedTo()), sqlDate(f.finalReportedOn()),
					blank(f.finalReportedTo()), ActingUser.email())
			.query(Long.class)
			.single();
		audit.created("privacy_incident", id, f.title());
		return id;
	}

	/**
	 * @throws BusinessRuleException {@code error.optimisticLock} when someone changed it
	 * meanwhile
	 */
	void change(long id, IncidentForm f) {
		check(f);
		get(id);
		int updated = jdbc.sql("""
				UPDATE privacy_incident SET found_on = ?, occurred_on = ?, title = ?, what_happened = ?, data_kinds = ?,
				       records_count = ?, people_count = ?, location = ?, cause = ?, measures = ?, malicious = ?,
				       suspect_actor = ?, period_from = ?, period_to = ?, prelim_reported_on = ?,
				       prelim_reported_to = ?, final_reported_on = ?, final_reported_to = ?, updated_at = now(),
				       version = version + 1
				 WHERE id = ? AND version = ?""")
			.params(sqlDate(f.foundOn()), sqlDate(f.occurredOn()), f.title().strip(), f.whatHappened().strip(),
					blank(f.dataKinds()), f.recordsCount(), f.peopleCount(), blank(f.location()), blank(f.cause()),
					blank(f.measures()), f.maliciousTicked(), blank(f.suspectActor()), sqlDate(f.periodFrom()),
					sqlDate(f.periodTo()), sqlDate(f.prelimReportedOn()), blank(f.prelimReportedTo()),
					sqlDate(f.finalReportedOn()), blank(f.finalReportedTo()), id,
					f.version() == null ? -1 : f.version())
			.update();
		if (updated == 0) {
			throw new BusinessRuleException("error.optimisticLock");
		}
		audit.updated("privacy_incident", id, f.title());
	}

	/**
	 * The records the named account read, exported or handed on in the incident's period
	 * (at most 500).
	 */
	@Transactional(readOnly = true)
	List<AuditRecords.Touched> proposedRecords(Incident incident) {
		if (!incident.canPropose()) {
			return List.of();
		}
		return auditRecords.touchedBy(HubScope.require(), incident.suspectActor(), incident.periodFrom(),
				incident.periodTo(), 500);
	}

	private void check(IncidentForm f) {
		LocalDate today = currentDay();
		if (f.foundOn().isAfter(today) || f.occurredOn() != null && f.occurredOn().isAfter(f.foundOn())) {
			throw new BusinessRuleException("incident.dates");
		}
		if (f.periodFrom() != null && f.periodTo() != null && f.periodTo().isBefore(f.periodFrom())) {
			throw new BusinessRuleException("incident.period");
		}
		if (f.prelimReportedOn() != null && f.prelimReportedOn().isBefore(f.foundOn())
				|| f.finalReportedOn() != null && f.finalReportedOn().isBefore(f.foundOn())) {
			throw new BusinessRuleException("incident.reportBeforeFound");
		}
	}

	private LocalDate currentDay() {
		return LocalDate.now(clock.withZone(HubTime.ZONE));
	}

	private static Incident row(ResultSet rs, LocalDate today) throws SQLException {
		return new Incident(rs.getLong("id"), rs.getObject("found_on", LocalDate.class),
				rs.getObject("occurred_on", LocalDate.class), rs.getString("title"), rs.getString("what_happened"),
				rs.getString("data_kinds"), (Integer) rs.getObject("records_count"),
				(Integer) rs.getObject("people_count"), rs.getString("location"), rs.getString("cause"),
				rs.getString("measures"), rs.getBoolean("malicious"), rs.getString("suspect_actor"),
				rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
				rs.getObject("prelim_reported_on", LocalDate.class), rs.getString("prelim_reported_to"),
				rs.getObject("final_reported_on", LocalDate.class), rs.getString("final_reported_to"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), rs.getInt("version"), today);
	}

	private static Date sqlDate(LocalDate d) {
		return d == null ? null : Date.valueOf(d);
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
