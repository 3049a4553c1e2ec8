package jp.kyoten.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.identity.CurrentUser;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * Staff plan an event: create it (its first session runs from its start to its end),
 * change it, add the further sessions of a serial workshop, set the extra questions of
 * its registration form.
 */
@Service
@Transactional
class PlanEvent {

	static final int MAX_QUESTIONS = 10;

	/** The longest question label, as the form allows. */
	static final int MAX_LABEL = 200;

	private final EventRepository events;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	PlanEvent(EventRepository events, JdbcClient jdbc, AuditTrail audit) {
		this.events = events;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * @return the new event's id
	 */
	long create(EventDetails details) {
		Event event = events.saveAndFlush(new Event(details, CurrentUser.get().map(KyotenUser::userId).orElse(null)));
		addSession(event.getId(), details.startsAt(), details.endsAt());
		audit.created("event", event.getId(), details.title());
		return event.getId();
	}

	void update(long id, int expectedVersion, EventDetails details) {
		Event event = find(id);
		if (event.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Event.class, id);
		}
		int taken = jdbc.sql("SELECT count(*) FROM event_registration WHERE event_id = ? AND status = 'CONFIRMED'")
			.param(id)
			.query(Integer.class)
			.single();
		event.update(details, taken);
		events.saveAndFlush(event);
		// a single-session event's session follows the event's times
		jdbc.sql("""
				UPDATE event_session SET starts_at = ?, ends_at = ?
				 WHERE event_id = ? AND number = 1 AND (SELECT count(*) FROM event_session WHERE event_id = ?) = 1""")
			.params(Timestamp.from(details.startsAt()), Timestamp.from(details.endsAt()), id, id)
			.update();
		audit.updated("event", id, details.title());
	}

	/**
	 * Adds the next session (連続講座). @throws BusinessRuleException when the end is not
	 * after the start
	 */
	long addSession(long eventId, Instant startsAt, Instant endsAt) {
		if (!endsAt.isAfter(startsAt)) {
			throw new BusinessRuleException("event.endBeforeStart");
		}
		return jdbc.sql("""
				INSERT INTO event_session (hub_id, event_id, number, starts_at, ends_at)
				SELECT ?, ?, coalesce(max(number), 0) + 1, ?, ? FROM event_session WHERE event_id = ?
				RETURNING id""")
			.params(HubScope.require(), eventId, Timestamp.from(startsAt), Timestamp.from(endsAt), eventId)
			.query(Long.class)
			.single();
	}

	/** Replaces the extra questions of the registration form (blank labels dropped). */
	void setQuestions(long eventId, List<String> labels, List<Boolean> required) {
		find(eventId);
		// refused rather than cut short: the questions already saved stay as they were
		if (labels.stream().anyMatch(l -> l != null && l.strip().length() > MAX_LABEL)) {
			throw new BusinessRuleException("event.question.tooLong", MAX_LABEL);
		}
		jdbc.sql("DELETE FROM event_question WHERE event_id = ?").param(eventId).update();
		int number = 0;
		for (int i = 0; i < labels.size() && number < MAX_QUESTIONS; i++) {
			String label = labels.get(i) == null ? "" : labels.get(i).strip();
			if (label.isEmpty()) {
				continue;
			}
			number++;
			jdbc.sql("INSERT INTO event_question (hub_id, event_id, number, label, required) VALUES (?, ?, ?, ?, ?)")
				.params(HubScope.require(), eventId, number, label,
						i < required.size() && Boolean.TRUE.equals(required.get(i)))
				.update();
		}
		audit.updated("event", eventId, "申込みの質問を変更");
	}

	/** 計画 → 承認 → 公開 → 開催済 → 報告済, one step at a time. */
	void advance(long id, EventState to) {
		Event event = find(id);
		event.advanceTo(to);
		events.saveAndFlush(event);
		audit.updated("event", id, event.getTitle() + " → " + to);
	}

	void recordMinutes(long id, String minutes) {
		Event event = find(id);
		event.recordMinutes(minutes);
		events.saveAndFlush(event);
		audit.updated("event", id, "議事録を保存");
	}

	private Event find(long id) {
		return events.findById(id).orElseThrow(() -> new RecordNotFoundException("event", id));
	}

}
