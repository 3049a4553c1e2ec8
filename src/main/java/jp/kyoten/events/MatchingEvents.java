package jp.kyoten.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.platform.RecordNotFoundException;

/**
 * What the talent programme's interview sets (面接セット) need of a matching event: the event
 * of kind MATCHING itself, its participant companies (registrations holding a seat,
 * linked to the directory's company) and their check-in. Registration, check-in and
 * surveys stay the events module's; this only opens them to the talent module.
 */
@Service
@Transactional
public class MatchingEvents {

	/** A matching event as the talent module plans it. Times in Japan time. */
	public record MatchingEvent(long id, String title, String state, OffsetDateTime startsAt, OffsetDateTime endsAt,
			String venue, String programme) {

		public LocalDate day() {
			return startsAt.toLocalDate();
		}

		/** Held (開催済・報告済): its figures count. */
		public boolean held() {
			return "HELD".equals(state) || "REPORTED".equals(state);
		}

	}

	/**
	 * A company's registration holding a seat, with whether someone of it was checked in
	 * (参加企業).
	 */
	public record ParticipantCompany(long registrationId, long companyId, String organisation, String name,
			boolean checkedIn) {
	}

	/**
	 * A registration of type TALENT (not cancelled), for telling which pool profile is
	 * the same person: the name, kana, e-mail address and telephone number the person
	 * gave, and whether they were checked in.
	 */
	public record TalentRegistration(long registrationId, String name, String nameKana, String email, String phone,
			String status, boolean checkedIn) {
	}

	private final Events events;

	private final RegisterForEvent register;

	private final CheckIn checkIn;

	private final JdbcClient jdbc;

	MatchingEvents(Events events, RegisterForEvent register, CheckIn checkIn, JdbcClient jdbc) {
		this.events = events;
		this.register = register;
		this.checkIn = checkIn;
		this.jdbc = jdbc;
	}

	/** The hub's matching events, the latest first. */
	@Transactional(readOnly = true)
	public List<MatchingEvent> all() {
		return jdbc.sql(Events.COLUMNS + " WHERE e.kind = 'MATCHING' ORDER BY e.starts_at DESC, e.id DESC")
			.query(Events::view)
			.list()
			.stream()
			.map(MatchingEvents::of)
			.toList();
	}

	/**
	 * @throws RecordNotFoundException for another hub's event or one that is no matching
	 * event
	 */
	@Transactional(readOnly = true)
	public MatchingEvent get(long eventId) {
		EventView e = events.get(eventId);
		if (e.kind() != EventKind.MATCHING) {
			throw new RecordNotFoundException("matching event", eventId);
		}
		return of(e);
	}

	/** The companies holding a seat at the event, by name: one query. */
	@Transactional(readOnly = true)
	public List<ParticipantCompany> companies(long eventId) {
		get(eventId);
		return jdbc.sql("""
				SELECT r.id, r.company_id, coalesce(r.organisation, r.name), r.name,
				       EXISTS (SELECT 1 FROM event_attendance a WHERE a.registration_id = r.id)
				  FROM event_registration r
				 WHERE r.event_id = ? AND r.status = 'CONFIRMED' AND r.participant_type = 'COMPANY'
				   AND r.company_id IS NOT NULL
				 ORDER BY 3, r.id""")
			.param(eventId)
			.query((rs, n) -> new ParticipantCompany(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getBoolean(5)))
			.list();
	}

	/**
	 * The talent registered for the event (not cancelled), in registration order: one
	 * query.
	 */
	@Transactional(readOnly = true)
	public List<TalentRegistration> talentRegistrations(long eventId) {
		get(eventId);
		return jdbc.sql("""
				SELECT r.id, r.name, r.name_kana, r.email, r.phone, r.status,
				       EXISTS (SELECT 1 FROM event_attendance a WHERE a.registration_id = r.id)
				  FROM event_registration r
				 WHERE r.event_id = ? AND r.status <> 'CANCELLED' AND r.participant_type = 'TALENT'
				 ORDER BY r.registered_at, r.id""")
			.param(eventId)
			.query((rs, n) -> new TalentRegistration(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getBoolean(7)))
			.list();
	}

	/**
	 * Registers a person of a company for the event by staff, as the event's own
	 * registration page does (the directory's company is found or created by its
	 * duplicate rules). The person agreed to the use of their data.
	 * @return the registration's id
	 * @throws jp.kyoten.platform.BusinessRuleException as
	 * {@link RegisterForEvent#register}
	 */
	public long registerCompany(long eventId, String organisation, String name, String email) {
		get(eventId);
		return register
			.register(eventId,
					new Registrant(Audience.COMPANY, name, null, email, null, organisation, null, Map.of(), true,
							false),
					RegisterForEvent.Source.STAFF)
			.id();
	}

	/** Checks the registration in to the event's first session, from the list. */
	public void checkIn(long eventId, long registrationId) {
		long session = jdbc.sql("SELECT id FROM event_session WHERE event_id = ? ORDER BY number LIMIT 1")
			.param(get(eventId).id())
			.query(Long.class)
			.single();
		checkIn.checkIn(eventId, registrationId, session, "LIST");
	}

	private static MatchingEvent of(EventView e) {
		return new MatchingEvent(e.id(), e.title(), e.state().name(), e.startsAt(), e.endsAt(), e.venue(),
				e.programme());
	}

}
