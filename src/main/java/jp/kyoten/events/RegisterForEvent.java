package jp.kyoten.events;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.directory.Companies;
import jp.kyoten.directory.CompanyData;
import jp.kyoten.directory.CompanyMatch;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.SecretTokens;
import jp.kyoten.platform.contact.ContactPerson;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * Registers a person for an event — from the public page, by staff, or on the spot
 * (walk-in) — under the event's row lock: a seat while there is one, otherwise the
 * waiting list (a walk-in is already in the room and always gets a seat). A person from a
 * company is linked to the directory's company and contact by its duplicate rules instead
 * of creating duplicates. Consent to the use of their data is required; consent to
 * announcements is separate and makes them a subscriber. The confirmation or waiting-list
 * mail is queued in the same transaction.
 */
@Service
@Transactional
class RegisterForEvent {

	enum Source {

		PUBLIC, STAFF, WALK_IN

	}

	private final Seats seats;

	private final JdbcClient jdbc;

	private final Companies companies;

	private final Events events;

	private final EventMails mails;

	private final AuditTrail audit;

	private final ApplicationEventPublisher published;

	RegisterForEvent(Seats seats, JdbcClient jdbc, Companies companies, Events events, EventMails mails,
			AuditTrail audit, ApplicationEventPublisher published) {
		this.published = published;
		this.seats = seats;
		this.jdbc = jdbc;
		this.companies = companies;
		this.events = events;
		this.mails = mails;
		this.audit = audit;
	}

	/**
	 * @throws BusinessRuleException {@code registration.closed} when the public may not
	 * (or no longer) register, {@code registration.consentRequired},
	 * {@code registration.answerRequired}, {@code registration.duplicate} when the
	 * address is already registered
	 * @throws jp.kyoten.platform.RecordNotFoundException when the event is not the hub's
	 */
	RegistrationResult register(long eventId, Registrant person, Source source) {
		if (!person.consentData()) {
			throw new BusinessRuleException("registration.consentRequired");
		}
		for (QuestionView q : events.questions(eventId)) {
			String answer = person.answers().get(q.key());
			if (q.required() && (answer == null || answer.isBlank())) {
				throw new BusinessRuleException("registration.answerRequired", q.label());
			}
		}
		// the directory is consulted before the event's row is locked, so that the lock
		// is held only for the seat
		CompanyMatch match = person.participantType() == Audience.COMPANY && person.organisation() != null
				? companies.matchOrRegister(CompanyData.named(person.organisation()), new ContactPerson(person.name(),
						person.nameKana(), person.department(), null, person.email(), person.phone(), null))
				: null;
		Seats.LockedEvent event = seats.lock(eventId);
		boolean open = switch (source) {
			case PUBLIC -> event.state() == EventState.PUBLISHED && !event.started();
			case STAFF -> event.state() != EventState.REPORTED && !event.started();
			case WALK_IN -> event.state() != EventState.REPORTED;
		};
		if (!open) {
			throw new BusinessRuleException("registration.closed");
		}
		boolean taken = jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM event_registration WHERE event_id = ? "
					+ "AND lower(email) = lower(?) AND status <> 'CANCELLED')")
			.params(eventId, person.email())
			.query(Boolean.class)
			.single();
		if (taken) {
			throw new BusinessRuleException("registration.duplicate");
		}
		boolean seat = source == Source.WALK_IN || event.capacity() == null
				|| seats.confirmed(eventId) < event.capacity();
		RegistrationStatus status = seat ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
		String token = SecretTokens.newToken("r");
		long id;
		try {
			id = jdbc.sql("""
					INSERT INTO event_registration (hub_id, event_id, status, source, participant_type, name, name_kana,
					       email, phone, organisation, department, company_id, contact_id, company_created, answers,
					       consent_data, consent_announcements, token)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, true, ?, ?) RETURNING id""")
				.params(HubScope.require(), eventId, status.name(), source.name(), person.participantType().name(),
						person.name(), person.nameKana(), person.email(), person.phone(), person.organisation(),
						person.department(), match == null ? null : match.companyId(),
						match == null ? null : match.contactId(), match != null && match.companyCreated(),
						events.answersJson(person.answers()), person.consentAnnouncements(), token)
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw new BusinessRuleException("registration.duplicate");
		}
		if (person.consentAnnouncements()) {
			subscribe(person.email(), person.name());
		}
		mails.about(seat ? "confirmed" : "waitlisted", event, person.name(), person.email(), token);
		audit.created("event_registration", id, person.name() + " → " + event.title());
		if (person.participantType() == Audience.TALENT && matching(eventId)) {
			// the talent module links them to the pool's profile of the same person (参加人材
			// once, ADR 246)
			published
				.publishEvent(new TalentRegistered(HubScope.require(), eventId, id, person.email(), person.phone()));
		}
		return new RegistrationResult(id, status, token, seat ? 0 : seats.waitlistPosition(eventId, id));
	}

	private boolean matching(long eventId) {
		return jdbc.sql("SELECT kind = 'MATCHING' FROM event WHERE id = ?")
			.param(eventId)
			.query(Boolean.class)
			.single();
	}

	/** Agreeing again to announcements subscribes again someone who had stopped them. */
	private void subscribe(String email, String name) {
		jdbc.sql(
				"""
						INSERT INTO event_subscriber (hub_id, email, name, token) VALUES (?, lower(?), ?, ?)
						ON CONFLICT (hub_id, email) DO UPDATE SET subscribed = true, name = EXCLUDED.name, changed_at = now()""")
			.params(HubScope.require(), email, name, SecretTokens.newToken("u"))
			.update();
	}

}
