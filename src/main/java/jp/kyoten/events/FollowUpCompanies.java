package jp.kyoten.events;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.identity.CurrentUser;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * 採用・内定状況のフォロー: every company that took part in an event of the fiscal year (attended, or
 * held a seat) is followed until the end of March for hires and offers. Staff record the
 * status; the companies with none recorded yet are the reminder list.
 */
@Service
@Transactional
class FollowUpCompanies {

	/**
	 * A participant company of the fiscal year: its events, and the status recorded
	 * (null: not yet followed up).
	 */
	record Participant(long companyId, String name, int events, int attended, String lastEvent, LocalDate lastDay,
			FollowUpStatus status, String note) {
	}

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	FollowUpCompanies(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	static int fiscalYear(LocalDate day) {
		return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
	}

	/**
	 * Participant companies of events held in the fiscal year; {@code pendingOnly} for
	 * the reminder list.
	 */
	@Transactional(readOnly = true)
	List<Participant> participants(int fiscalYear, Long eventId, boolean pendingOnly) {
		return jdbc.sql("""
				WITH p AS (
				  SELECT r.company_id, min(r.organisation) AS name, count(DISTINCT e.id) AS events,
				         count(DISTINCT e.id) FILTER (WHERE EXISTS (SELECT 1 FROM event_attendance a
				                                                    WHERE a.registration_id = r.id)) AS attended,
				         max(e.starts_at) AS last_at
				    FROM event_registration r JOIN event e ON e.id = r.event_id
				   WHERE r.company_id IS NOT NULL AND r.status = 'CONFIRMED' AND e.state IN ('HELD', 'REPORTED')
				     AND e.starts_at >= make_date(?, 4, 1)::timestamp AT TIME ZONE 'Asia/Tokyo'
				     AND e.starts_at < make_date(? + 1, 4, 1)::timestamp AT TIME ZONE 'Asia/Tokyo'
				     AND (?::bigint IS NULL OR e.id = ?)
				   GROUP BY r.company_id)
				SELECT p.company_id, p.name, p.events, p.attended,
				       (SELECT e.title FROM event e JOIN event_registration r ON r.event_id = e.id
				         WHERE r.company_id = p.company_id AND e.starts_at = p.last_at LIMIT 1) AS last_event,
				       (p.last_at AT TIME ZONE 'Asia/Tokyo')::date AS last_day, f.status, f.note
				  FROM p LEFT JOIN event_follow_up f ON f.company_id = p.company_id AND f.fiscal_year = ?
				 WHERE NOT ? OR f.status IS NULL
				 ORDER BY p.last_at DESC, p.company_id""")
			.params(fiscalYear, fiscalYear, eventId, eventId, fiscalYear, pendingOnly)
			.query((rs, n) -> new Participant(rs.getLong("company_id"), rs.getString("name"), rs.getInt("events"),
					rs.getInt("attended"), rs.getString("last_event"), rs.getObject("last_day", LocalDate.class),
					rs.getString("status") == null ? null : FollowUpStatus.valueOf(rs.getString("status")),
					rs.getString("note")))
			.list();
	}

	/**
	 * @throws BusinessRuleException {@code followUp.notParticipant} for a company that
	 * took part in no event
	 */
	void record(long companyId, int fiscalYear, FollowUpStatus status, String note) {
		boolean participant = jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM event_registration WHERE company_id = ? " + "AND status = 'CONFIRMED')")
			.param(companyId)
			.query(Boolean.class)
			.single();
		if (!participant) {
			throw new BusinessRuleException("followUp.notParticipant");
		}
		jdbc.sql("""
				INSERT INTO event_follow_up (hub_id, company_id, fiscal_year, status, note, followed_up_by)
				VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT (hub_id, company_id, fiscal_year) DO UPDATE
				   SET status = EXCLUDED.status, note = EXCLUDED.note, followed_up_at = now(),
				       followed_up_by = EXCLUDED.followed_up_by""")
			.params(HubScope.require(), companyId, fiscalYear, status.name(), note,
					CurrentUser.get().map(KyotenUser::userId).orElse(null))
			.update();
		audit.updated("event_follow_up", companyId, fiscalYear + " " + status);
	}

}
