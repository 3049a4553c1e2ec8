package jp.kyoten.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.identity.CurrentUser;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.identity.Role;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;

/**
 * 計画 → 承認 is the prefecture's: its officer approves an event plan, or sends it back with
 * a comment; what was decided, by whom (and in which role) and when is kept. A hub
 * manager may record an approval the prefecture gave outside the system; the record names
 * the manager's role. The plan as shown here carries no registrant.
 */
@Service
@Transactional
public class EventPlans {

	/**
	 * An event plan as the officer reads it: what, when, where, for whom — and the
	 * decisions taken on it.
	 */
	public record Plan(long id, String title, String kind, String state, OffsetDateTime startsAt, OffsetDateTime endsAt,
			String venue, String onlineUrl, Integer capacity, String programme, String programmeText, String speakers,
			String coOrganisers, String theme, List<Decision> decisions) {
	}

	public record Decision(String decision, String comment, String decidedName, String decidedRole, Instant decidedAt) {
	}

	static final int MAX_COMMENT = 2000;

	private final Events events;

	private final PlanEvent plan;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	EventPlans(Events events, PlanEvent plan, JdbcClient jdbc, AuditTrail audit) {
		this.events = events;
		this.plan = plan;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * Plans waiting for the prefecture (計画), earliest event first, with their decisions:
	 * two queries.
	 */
	@Transactional(readOnly = true)
	public List<Plan> awaiting() {
		java.util.Map<Long, List<Decision>> decisions = new java.util.HashMap<>();
		jdbc.sql("""
				SELECT a.event_id, a.decision, a.comment, a.decided_name, a.decided_role, a.decided_at
				  FROM event_approval a JOIN event e ON e.id = a.event_id
				 WHERE e.state = 'PLANNED' ORDER BY a.decided_at, a.id""")
			.query((rs, n) -> decisions.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
				.add(new Decision(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getTimestamp(6).toInstant())))
			.list();
		return jdbc.sql(Events.COLUMNS + " WHERE e.state = 'PLANNED' ORDER BY e.starts_at, e.id")
			.query(Events::view)
			.list()
			.stream()
			.map(e -> plan(e, decisions.getOrDefault(e.id(), List.of())))
			.toList();
	}

	/**
	 * @throws RecordNotFoundException for another hub's event
	 */
	@Transactional(readOnly = true)
	public Plan plan(long id) {
		return plan(events.get(id), decisions(id));
	}

	/**
	 * Approves the plan (計画 → 承認).
	 * @throws BusinessRuleException {@code event.state.illegal} when it is not a plan any
	 * more, {@code approval.notAllowed} for a role that may not approve
	 */
	public void approve(long id, String comment) {
		Role role = deciderRole();
		plan.advance(id, EventState.APPROVED);
		record(id, "APPROVED", comment, role);
	}

	/**
	 * Sends the plan back: it stays 計画, with the comment saying what to change.
	 * @throws BusinessRuleException {@code approval.commentRequired} without a comment,
	 * {@code event.state.illegal} when it is not a plan
	 */
	public void sendBack(long id, String comment) {
		Role role = deciderRole();
		if (comment == null || comment.isBlank()) {
			throw new BusinessRuleException("approval.commentRequired");
		}
		if (events.get(id).state() != EventState.PLANNED) {
			throw new BusinessRuleException("event.state.illegal");
		}
		record(id, "SENT_BACK", comment, role);
	}

	@Transactional(readOnly = true)
	public List<Decision> decisions(long eventId) {
		return jdbc.sql("""
				SELECT decision, comment, decided_name, decided_role, decided_at FROM event_approval
				 WHERE event_id = ? ORDER BY decided_at, id""")
			.param(eventId)
			.query((rs, n) -> new Decision(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.list();
	}

	private void record(long id, String decision, String comment, Role role) {
		KyotenUser user = CurrentUser.get().orElse(null);
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (text != null && text.length() > MAX_COMMENT) {
			throw new BusinessRuleException("approval.commentTooLong", MAX_COMMENT);
		}
		jdbc.sql("""
				INSERT INTO event_approval (hub_id, event_id, decision, comment, decided_by, decided_name, decided_role,
				                            decided_at)
				SELECT hub_id, id, ?, ?, ?, ?, ?, ? FROM event WHERE id = ?""")
			.params(decision, text, user == null ? null : user.userId(), user == null ? "system" : user.displayName(),
					role.name(), Timestamp.from(Instant.now()), id)
			.update();
		audit.updated("event", id, decision + (text == null ? "" : ": " + text));
	}

	private static Role deciderRole() {
		Role role = CurrentUser.get().map(KyotenUser::role).orElse(Role.HUB_MANAGER);
		if (role != Role.PREFECTURE_OFFICER && role != Role.HUB_MANAGER && role != Role.SUB_MANAGER) {
			throw new BusinessRuleException("approval.notAllowed");
		}
		return role;
	}

	private static Plan plan(EventView e, List<Decision> decisions) {
		return new Plan(e.id(), e.title(), e.kind().name(), e.state().name(), e.startsAt(), e.endsAt(), e.venue(),
				e.onlineUrl(), e.capacity(), e.programme(), e.programmeText(), e.speakers(), e.coOrganisers(),
				e.theme(), decisions);
	}

}
