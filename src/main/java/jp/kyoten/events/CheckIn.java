package jp.kyoten.events;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.identity.CurrentUser;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * 受付: checks people in to a session of the event — from the list, by the QR code of their
 * registration page (a hand scanner types the code into the field), or registered on the
 * spot as walk-ins — and, after the event, marks those with a seat who never came as
 * no-shows. Checking in twice changes nothing.
 */
@Service
@Transactional
class CheckIn {

	/** The code in the QR: the registration page's URL, or just its token. */
	static final Pattern TOKEN = Pattern.compile("(?:/r/)?(r[A-Za-z0-9_-]{20,63})/?\\s*$");

	private final JdbcClient jdbc;

	private final Events events;

	private final RegisterForEvent register;

	private final AuditTrail audit;

	CheckIn(JdbcClient jdbc, Events events, RegisterForEvent register, AuditTrail audit) {
		this.jdbc = jdbc;
		this.events = events;
		this.register = register;
		this.audit = audit;
	}

	/**
	 * @throws RecordNotFoundException when the registration or the session is not the
	 * event's
	 * @throws BusinessRuleException {@code checkIn.notConfirmed} for a cancelled or
	 * waiting registration
	 */
	RegistrationView checkIn(long eventId, long registrationId, long sessionId, String method) {
		RegistrationView r = events.registration(eventId, registrationId)
			.orElseThrow(() -> new RecordNotFoundException("registration", registrationId));
		if (r.status() != RegistrationStatus.CONFIRMED) {
			throw new BusinessRuleException("checkIn.notConfirmed", r.name());
		}
		requireSession(eventId, sessionId);
		int added = jdbc.sql("""
				INSERT INTO event_attendance (hub_id, registration_id, session_id, method, checked_in_by)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(HubScope.require(), registrationId, sessionId, method,
					CurrentUser.get().map(KyotenUser::userId).orElse(null))
			.update();
		if (added > 0) {
			jdbc.sql("UPDATE event_registration SET no_show = false WHERE id = ?").param(registrationId).update();
			audit.updated("event_registration", registrationId, r.name() + " " + method);
		}
		return r;
	}

	/**
	 * By the scanned QR code. @throws RecordNotFoundException when the code is no
	 * registration of this event
	 */
	RegistrationView scan(long eventId, String code, long sessionId) {
		Matcher m = TOKEN.matcher(code == null ? "" : code.strip());
		if (!m.find()) {
			throw new RecordNotFoundException("registration", "code");
		}
		RegistrationView r = events.byToken(m.group(1))
			.filter(x -> x.eventId() == eventId)
			.orElseThrow(() -> new RecordNotFoundException("registration", "code"));
		return checkIn(eventId, r.id(), sessionId, "QR");
	}

	/** Registers someone who came without registering, and checks them in. */
	RegistrationView walkIn(long eventId, Registrant person, long sessionId) {
		RegistrationResult result = register.register(eventId, person, RegisterForEvent.Source.WALK_IN);
		return checkIn(eventId, result.id(), sessionId, "WALK_IN");
	}

	void undo(long eventId, long registrationId, long sessionId) {
		events.registration(eventId, registrationId)
			.orElseThrow(() -> new RecordNotFoundException("registration", registrationId));
		jdbc.sql("DELETE FROM event_attendance WHERE registration_id = ? AND session_id = ?")
			.params(registrationId, sessionId)
			.update();
		audit.updated("event_registration", registrationId, "受付を取消");
	}

	/**
	 * Marks everyone holding a seat who attended no session as a no-show; answers how
	 * many.
	 */
	int markNoShows(long eventId) {
		events.get(eventId);
		int marked = jdbc.sql("""
				UPDATE event_registration r SET no_show = true
				 WHERE r.event_id = ? AND r.status = 'CONFIRMED' AND NOT r.no_show
				   AND NOT EXISTS (SELECT 1 FROM event_attendance a WHERE a.registration_id = r.id)""")
			.param(eventId)
			.update();
		audit.updated("event", eventId, "欠席 " + marked + " 名を記録");
		return marked;
	}

	private void requireSession(long eventId, long sessionId) {
		List<Long> found = jdbc.sql("SELECT id FROM event_session WHERE id = ? AND event_id = ?")
			.params(sessionId, eventId)
			.query(Long.class)
			.list();
		if (found.isEmpty()) {
			throw new RecordNotFoundException("session", sessionId);
		}
	}

}
