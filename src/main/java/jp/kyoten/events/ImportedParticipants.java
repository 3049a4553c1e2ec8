package jp.kyoten.events;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.directory.JapaneseText;
import jp.kyoten.platform.tenancy.ActingUser;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.time.HubTime;

/**
 * The events module's API for a hub bringing the participant lists of its past events in
 * (moving in, ADR 243). The event is one of the hub's by its title and day, else created
 * as held (a past event of the hub's records). Each person is registered once per event
 * (source IMPORTED) and, when the list says so, present at its first session — so that
 * 参加企業数 and 参加者数 count them (the published view {@code event_participant}). The same
 * person imported again, from the same list or another, is found and not registered twice
 * (CiviCRM PR #33435 duplicated them): by e-mail address (case and width aside), else by
 * the folded name at the same company. Taken back as a whole while nothing refers to what
 * it wrote.
 */
@Service
@Transactional
public class ImportedParticipants {

	/**
	 * A past event as a list names it; {@code kind} (an {@code event.kind} code) for one
	 * to create, SEMINAR if null.
	 */
	public record PastEvent(String title, LocalDate day, String kind) {
	}

	/** The event a list's rows go to: its id, and whether this call created it. */
	public record EventFound(long id, boolean created) {
	}

	/**
	 * A participant of a list: the event, the company and contact the directory matched,
	 * the person, whether present.
	 */
	public record Participant(long eventId, Long companyId, Long contactId, String organisation, String name,
			String email, String department, Boolean attended) {
	}

	/**
	 * What {@link #registerAll} did for one participant: the registration (new, or the
	 * person's earlier one), and whether the registration and the attendance were written
	 * now.
	 */
	public record Registered(long registrationId, boolean created, boolean attendanceAdded) {
	}

	static final String IMPORTED_VENUE = "（取込：拠点の記録）";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	ImportedParticipants(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * The hub's event of each title and day (the title folded as the directory folds
	 * names; the earliest such event), the missing ones created as held events, each with
	 * one session 10:00–12:00 of its day. Two statements and one per event created.
	 */
	public List<EventFound> eventsOf(List<PastEvent> events, String auditSummary) {
		long hubId = HubScope.require();
		Map<String, Long> known = new HashMap<>();
		LocalDate[] days = events.stream().map(PastEvent::day).distinct().toArray(LocalDate[]::new);
		jdbc.sql("""
				SELECT id, title, (starts_at AT TIME ZONE 'Asia/Tokyo')::date AS day FROM event
				 WHERE (starts_at AT TIME ZONE 'Asia/Tokyo')::date = ANY(?::date[]) ORDER BY id DESC""")
			.param(java.util.Arrays.stream(days).map(LocalDate::toString).toArray(String[]::new))
			.query((rs, n) -> known.put(key(rs.getString(2), rs.getDate(3).toLocalDate()), rs.getLong(1)))
			.list();
		List<EventFound> found = new ArrayList<>(events.size());
		Map<String, Long> createdNow = new LinkedHashMap<>();
		Long userId = actingUserId();
		for (PastEvent e : events) {
			String key = key(e.title(), e.day());
			Long id = known.get(key);
			if (id != null) {
				found.add(new EventFound(id, false));
				continue;
			}
			if (createdNow.containsKey(key)) {
				found.add(new EventFound(createdNow.get(key), false));
				continue;
			}
			Timestamp start = Timestamp.from(e.day().atTime(LocalTime.of(10, 0)).atZone(HubTime.ZONE).toInstant());
			Timestamp end = Timestamp.from(e.day().atTime(LocalTime.NOON).atZone(HubTime.ZONE).toInstant());
			long created = jdbc
				.sql("""
						INSERT INTO event (hub_id, uid, title, kind, state, starts_at, ends_at, venue, audiences, created_by)
						VALUES (?, gen_random_uuid(), ?, ?, 'HELD', ?, ?, ?, ARRAY['COMPANY'], ?) RETURNING id""")
				.params(hubId, e.title().strip(), e.kind() == null ? "SEMINAR" : EventKind.valueOf(e.kind()).name(),
						start, end, IMPORTED_VENUE, userId)
				.query(Long.class)
				.single();
			jdbc.sql("INSERT INTO event_session (hub_id, event_id, number, starts_at, ends_at) VALUES (?, ?, 1, ?, ?)")
				.params(hubId, created, start, end)
				.update();
			audit.created("event", created, auditSummary + ": 過去のイベント「" + e.title().strip() + "」（" + e.day() + "）");
			createdNow.put(key, created);
			found.add(new EventFound(created, true));
		}
		return found;
	}

	/**
	 * Registers the participants, each person once per event: one already registered (by
	 * an earlier import, the form or staff) or earlier in the list is not registered
	 * again; a present one without attendance gets it. A few statements for the whole
	 * list, one audit entry.
	 */
	public List<Registered> registerAll(List<Participant> list, String auditSummary) {
		int n = list.size();
		if (n == 0) {
			return List.of();
		}
		long hubId = HubScope.require();
		Long[] eventIds = list.stream().map(Participant::eventId).distinct().toArray(Long[]::new);
		// the live registrations of these events, by the person's keys
		Map<String, Long> byKey = new HashMap<>();
		Map<Long, Boolean> present = new HashMap<>();
		jdbc.sql("""
				SELECT r.id, r.event_id, r.email, r.name, r.company_id,
				       EXISTS (SELECT 1 FROM event_attendance a WHERE a.registration_id = r.id) AS present
				  FROM event_registration r WHERE r.event_id = ANY(?) AND r.status <> 'CANCELLED' ORDER BY r.id""")
			.param(eventIds)
			.query((rs, i) -> {
				long id = rs.getLong(1);
				long event = rs.getLong(2);
				Long company = (Long) rs.getObject(5);
				String email = rs.getString(3);
				if (email != null && !email.isBlank()) {
					byKey.putIfAbsent(emailKey(event, email), id);
				}
				byKey.putIfAbsent(nameKey(event, rs.getString(4), company), id);
				present.put(id, rs.getBoolean(6));
				return id;
			})
			.list();
		Long[] newIds = ids(n);
		int used = 0;
		List<Registered> answer = new ArrayList<>(n);
		List<Integer> toInsert = new ArrayList<>();
		List<Long> insertIds = new ArrayList<>();
		List<Long> attend = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Participant p = list.get(i);
			String email = blankToNull(p.email());
			Long existing = email == null ? null : byKey.get(emailKey(p.eventId(), email));
			if (existing == null) {
				existing = byKey.get(nameKey(p.eventId(), p.name(), p.companyId()));
			}
			if (existing != null) {
				boolean add = Boolean.TRUE.equals(p.attended()) && !present.getOrDefault(existing, false);
				if (add) {
					attend.add(existing);
					present.put(existing, true);
				}
				answer.add(new Registered(existing, false, add));
				continue;
			}
			long id = newIds[used++];
			toInsert.add(i);
			insertIds.add(id);
			if (email != null) {
				byKey.put(emailKey(p.eventId(), email), id);
			}
			byKey.put(nameKey(p.eventId(), p.name(), p.companyId()), id);
			boolean came = Boolean.TRUE.equals(p.attended());
			present.put(id, came);
			if (came) {
				attend.add(id);
			}
			answer.add(new Registered(id, true, came));
		}
		if (!toInsert.isEmpty()) {
			int m = toInsert.size();
			Long[] id = insertIds.toArray(Long[]::new), event = new Long[m], company = new Long[m],
					contact = new Long[m];
			String[] name = new String[m], email = new String[m], organisation = new String[m],
					department = new String[m];
			Boolean[] noShow = new Boolean[m];
			for (int k = 0; k < m; k++) {
				Participant p = list.get(toInsert.get(k));
				event[k] = p.eventId();
				company[k] = p.companyId();
				contact[k] = p.contactId();
				name[k] = p.name().strip();
				email[k] = blankToNull(p.email());
				organisation[k] = blankToNull(p.organisation());
				department[k] = blankToNull(p.department());
				noShow[k] = Boolean.FALSE.equals(p.attended());
			}
			// registered at the event's start: the hub's record says who was on the list,
			// not when they signed up
			jdbc.sql("""
					INSERT INTO event_registration (id, hub_id, event_id, status, source, participant_type, name, email,
					                                organisation, department, company_id, contact_id, consent_data,
					                                token, registered_at, no_show)
					OVERRIDING SYSTEM VALUE
					SELECT t.id, ?, t.event_id, 'CONFIRMED', 'IMPORTED', 'COMPANY', t.name, t.email, t.organisation,
					       t.department, t.company_id, t.contact_id, true,
					       replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), e.starts_at, t.no_show
					  FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[],
					              ?::bigint[], ?::boolean[])
					    AS t(id, event_id, name, email, organisation, department, company_id, contact_id, no_show)
					  JOIN event e ON e.id = t.event_id""")
				.params(hubId, id, event, name, email, organisation, department, company, contact, noShow)
				.update();
			audit.created("event_registration", id[0],
					auditSummary + ": 参加者 " + m + "名（ID " + id[0] + "〜" + id[m - 1] + "、拠点の記録から）");
		}
		if (!attend.isEmpty()) {
			jdbc.sql(
					"""
							INSERT INTO event_attendance (hub_id, registration_id, session_id, method, checked_in_at, checked_in_by)
							SELECT ?, r.id, s.id, 'LIST', s.starts_at, ?
							  FROM event_registration r
							  JOIN event_session s ON s.event_id = r.event_id AND s.number = 1
							 WHERE r.id = ANY(?)
							ON CONFLICT DO NOTHING""")
				.params(hubId, actingUserId(), attend.toArray(Long[]::new))
				.update();
			jdbc.sql("UPDATE event_registration SET no_show = false WHERE id = ANY(?) AND no_show")
				.param(attend.toArray(Long[]::new))
				.update();
		}
		return answer;
	}

	/**
	 * Takes back what imports wrote, a statement per kind: the attendance added to
	 * registrations, the registrations created (with any attendance), the events created
	 * — the last only while no registration other than the import's is left on them.
	 * @return empty when done; else the first event that holds other registrations since
	 * (nothing taken back)
	 * @throws DataIntegrityViolationException when something refers to a registration (a
	 * survey answer, an offer)
	 */
	public Optional<Long> withdrawAll(List<Long> attendanceOf, List<Long> registrations, List<Long> events) {
		Long[] reg = registrations.toArray(Long[]::new);
		Long[] ev = events.toArray(Long[]::new);
		if (ev.length > 0) {
			List<Long> blocked = jdbc.sql("""
					SELECT DISTINCT event_id FROM event_registration
					 WHERE event_id = ANY(?) AND NOT (id = ANY(?)) ORDER BY event_id LIMIT 1""")
				.params(ev, reg)
				.query(Long.class)
				.list();
			if (!blocked.isEmpty()) {
				return Optional.of(blocked.getFirst());
			}
		}
		if (!attendanceOf.isEmpty()) {
			jdbc.sql("""
					DELETE FROM event_attendance a USING event_session s
					 WHERE a.session_id = s.id AND s.number = 1 AND a.registration_id = ANY(?)""")
				.param(attendanceOf.toArray(Long[]::new))
				.update();
		}
		if (reg.length > 0) {
			jdbc.sql("DELETE FROM event_attendance WHERE registration_id = ANY(?)").param(reg).update();
			jdbc.sql("DELETE FROM event_registration WHERE id = ANY(?)").param(reg).update();
			audit.deleted("event_registration", reg[0], "取込の取消: 参加者 " + reg.length + "名");
		}
		if (ev.length > 0) {
			jdbc.sql("DELETE FROM event_session WHERE event_id = ANY(?)").param(ev).update();
			jdbc.sql("DELETE FROM event WHERE id = ANY(?)").param(ev).update();
			audit.deleted("event", ev[0], "取込の取消: 過去のイベント " + ev.length + "件");
		}
		return Optional.empty();
	}

	private static String key(String title, LocalDate day) {
		return JapaneseText.normalize(title) + "|" + day;
	}

	private static String emailKey(long event, String email) {
		return event + "|@" + java.text.Normalizer.normalize(email.strip(), java.text.Normalizer.Form.NFKC)
			.toLowerCase(Locale.ROOT);
	}

	private static String nameKey(long event, String name, Long company) {
		String folded = java.text.Normalizer.normalize(name == null ? "" : name, java.text.Normalizer.Form.NFKC)
			.replaceAll("[\\s　]", "")
			.toLowerCase(Locale.ROOT);
		return event + "|" + folded + "|" + (company == null ? "" : company);
	}

	private Long[] ids(int n) {
		return jdbc.sql("SELECT nextval(pg_get_serial_sequence('event_registration', 'id')) FROM generate_series(1, ?)")
			.param(n)
			.query(Long.class)
			.list()
			.toArray(Long[]::new);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static Long actingUserId() {
		return ActingUser.userId();
	}

}
