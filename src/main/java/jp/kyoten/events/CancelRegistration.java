package jp.kyoten.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;

/**
 * Cancels a registration — the person by the link in their mail, or staff — under the
 * event's row lock, and moves the waiting list up into the seat that came free; everyone
 * concerned gets a mail. Cancelling twice changes nothing.
 */
@Service
@Transactional
class CancelRegistration {

	private final Seats seats;

	private final JdbcClient jdbc;

	private final Events events;

	private final EventMails mails;

	private final AuditTrail audit;

	CancelRegistration(Seats seats, JdbcClient jdbc, Events events, EventMails mails, AuditTrail audit) {
		this.seats = seats;
		this.jdbc = jdbc;
		this.events = events;
		this.mails = mails;
		this.audit = audit;
	}

	/**
	 * @throws RecordNotFoundException when no registration of the hub has this token
	 */
	void byToken(String token) {
		RegistrationView r = events.byToken(token).orElseThrow(() -> new RecordNotFoundException("registration", "-"));
		cancel(r.eventId(), r.id());
	}

	/**
	 * @throws RecordNotFoundException when the registration is not one of the event's
	 * @throws BusinessRuleException {@code registration.cancel.started} once the event
	 * has begun
	 */
	void cancel(long eventId, long registrationId) {
		Seats.LockedEvent event = seats.lock(eventId);
		RegistrationView r = events.registration(eventId, registrationId)
			.orElseThrow(() -> new RecordNotFoundException("registration", registrationId));
		if (r.status() == RegistrationStatus.CANCELLED) {
			return;
		}
		if (event.started()) {
			throw new BusinessRuleException("registration.cancel.started");
		}
		jdbc.sql("UPDATE event_registration SET status = 'CANCELLED', cancelled_at = ? WHERE id = ?")
			.params(Timestamp.from(Instant.now()), registrationId)
			.update();
		mails.about("cancelled", event, r.name(), r.email(), r.token());
		audit.updated("event_registration", registrationId, r.name() + " 申込みを取消");
		promote(event);
	}

	/**
	 * Fills free seats of the locked event from the waiting list and tells those who
	 * moved up.
	 */
	void promote(Seats.LockedEvent event) {
		List<Long> promoted = seats.promote(event);
		for (long id : promoted) {
			RegistrationView p = events.registration(event.id(), id).orElseThrow();
			mails.about("promoted", event, p.name(), p.email(), p.token());
			audit.updated("event_registration", id, p.name() + " キャンセル待ちから繰り上げ");
		}
	}

	/** After the capacity was raised: the waiting list moves up. */
	void capacityChanged(long eventId) {
		promote(seats.lock(eventId));
	}

}
