package jp.kyoten.events;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.schedule.AppointmentLink;
import jp.kyoten.schedule.AppointmentLinkTarget;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import jp.kyoten.platform.time.HubTime;
import jp.kyoten.platform.web.ListPage;
import jp.kyoten.platform.web.ListQuery;
import jp.kyoten.platform.web.ListRequest;
import jp.kyoten.platform.web.ListSorting;

/**
 * The events module's read model. Row-level security limits everything to the hub in
 * scope: another hub's event, registration or token is simply not found.
 */
@Service
@Transactional(readOnly = true)
class Events {

	static final String COLUMNS = """
			SELECT e.id, e.uid, e.title, e.kind, e.programme, e.state, e.starts_at, e.ends_at, e.venue, e.online_url,
			       e.capacity, e.audiences, e.programme_text, e.speakers, e.co_organisers, e.theme, e.members, e.minutes,
			       e.updated_at, e.version,
			       (SELECT count(*) FROM event_registration r WHERE r.event_id = e.id AND r.status = 'CONFIRMED') AS confirmed,
			       (SELECT count(*) FROM event_registration r WHERE r.event_id = e.id AND r.status = 'WAITLISTED') AS waitlisted
			  FROM event e""";

	static final String REGISTRATION_COLUMNS = """
			SELECT r.id, r.event_id, r.status, r.source, r.participant_type, r.name, r.name_kana, r.email, r.phone,
			       r.organisation, r.department, r.company_id, r.contact_id, r.company_created, r.answers::text AS answers,
			       r.consent_announcements, r.token, r.registered_at, r.promoted_at, r.cancelled_at, r.no_show,
			       ARRAY(SELECT a.session_id FROM event_attendance a WHERE a.registration_id = r.id ORDER BY a.session_id)
			         AS sessions
			  FROM event_registration r""";

	private static final TypeReference<LinkedHashMap<String, String>> ANSWERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	Events(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Appointments may be the hub's part in its events. */
	@Bean
	AppointmentLinkTarget eventAppointmentLinks() {
		return new AppointmentLinkTarget(AppointmentLink.EVENT, id -> find(id).isPresent());
	}

	Optional<EventView> find(long id) {
		return jdbc.sql(COLUMNS + " WHERE e.id = ?").param(id).query(Events::view).optional();
	}

	/**
	 * @throws RecordNotFoundException when it does not exist or belongs to another hub
	 */
	EventView get(long id) {
		return find(id).orElseThrow(() -> new RecordNotFoundException("event", id));
	}

	/** The hub's events starting in {@code [from, to)}, earliest first. */
	List<EventView> between(Instant from, Instant to) {
		return jdbc.sql(COLUMNS + " WHERE e.starts_at >= ? AND e.starts_at < ? ORDER BY e.starts_at, e.id")
			.params(Timestamp.from(from), Timestamp.from(to))
			.query(Events::view)
			.list();
	}

	/**
	 * The orders of the staff's event list; by default 開催日, earliest first (the month
	 * reads as a calendar).
	 */
	static final ListSorting SORTING = ListSorting.by("date", "e.id")
		.key("date", "e.starts_at")
		.key("title", "e.title")
		.key("kind", "e.kind")
		.key("state", "e.state");

	/**
	 * One page of the staff's list: the events starting in {@code [from, to)} (all of
	 * them when both are null) whose title, venue or programme contains {@code text}.
	 */
	ListPage<EventView> page(Instant from, Instant to, String text, ListRequest request, String baseUrl) {
		List<Object> params = new java.util.ArrayList<>();
		StringBuilder where = where(from, to, text, params);
		return ListQuery.page(jdbc, COLUMNS, "FROM event e", where, params, SORTING, request, baseUrl, Events::view);
	}

	/**
	 * Every event of the staff's list as {@link #page} selects them, in its order, from a
	 * cursor: the export.
	 */
	void export(Instant from, Instant to, String text, ListRequest request,
			java.util.function.Consumer<EventView> each) {
		List<Object> params = new java.util.ArrayList<>();
		StringBuilder where = where(from, to, text, params);
		ListQuery.each(jdbc, COLUMNS, where, params, SORTING, request, Events::view, each);
	}

	private static StringBuilder where(Instant from, Instant to, String text, List<Object> params) {
		StringBuilder where = new StringBuilder(" WHERE true");
		if (from != null && to != null) {
			where.append(" AND e.starts_at >= ? AND e.starts_at < ?");
			params.add(Timestamp.from(from));
			params.add(Timestamp.from(to));
		}
		if (ListQuery.given(text)) {
			where.append(" AND (e.title ILIKE ? OR e.venue ILIKE ? OR e.programme_text ILIKE ?)");
			String like = ListQuery.containing(text);
			params.addAll(List.of(like, like, like));
		}
		return where;
	}

	/** Published events that have not ended, for the public calendar and its feed. */
	List<EventView> published(Instant endedAfter) {
		return jdbc
			.sql(COLUMNS + " WHERE e.state IN ('PUBLISHED', 'HELD', 'REPORTED') AND e.ends_at > ? "
					+ "ORDER BY e.starts_at, e.id")
			.param(Timestamp.from(endedAfter))
			.query(Events::view)
			.list();
	}

	List<SessionView> sessions(long eventId) {
		return jdbc.sql("""
				SELECT s.id, s.number, s.starts_at, s.ends_at,
				       (SELECT count(*) FROM event_attendance a WHERE a.session_id = s.id) AS attended
				  FROM event_session s WHERE s.event_id = ? ORDER BY s.number""")
			.param(eventId)
			.query((rs, n) -> new SessionView(rs.getLong("id"), rs.getInt("number"), tokyo(rs, "starts_at"),
					tokyo(rs, "ends_at"), rs.getInt("attended")))
			.list();
	}

	List<QuestionView> questions(long eventId) {
		return jdbc.sql("SELECT id, number, label, required FROM event_question WHERE event_id = ? ORDER BY number")
			.param(eventId)
			.query((rs, n) -> new QuestionView(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getBoolean(4)))
			.list();
	}

	List<HandoutView> handouts(long eventId) {
		return jdbc
			.sql("SELECT id, filename, content_type, size_bytes, uploaded_at FROM event_handout "
					+ "WHERE event_id = ? ORDER BY uploaded_at, id")
			.param(eventId)
			.query((rs, n) -> new HandoutView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getTimestamp(5).toInstant()))
			.list();
	}

	/**
	 * Every registration of the event, cancelled ones too: the confirmed first, then the
	 * waiting list in order.
	 */
	List<RegistrationView> registrations(long eventId) {
		return jdbc.sql(REGISTRATION_COLUMNS + " " + """
				WHERE r.event_id = ?
				ORDER BY CASE r.status WHEN 'CONFIRMED' THEN 0 WHEN 'WAITLISTED' THEN 1 ELSE 2 END,
				         r.registered_at, r.id""").param(eventId).query(this::registration).list();
	}

	/**
	 * Every registration of the event in the order of {@link #registrations}, from a
	 * cursor: the participant list's export ({@code EventListExportController}).
	 */
	void eachRegistration(long eventId, java.util.function.Consumer<RegistrationView> each) {
		jdbc.sql(REGISTRATION_COLUMNS + " " + """
				WHERE r.event_id = ?
				ORDER BY CASE r.status WHEN 'CONFIRMED' THEN 0 WHEN 'WAITLISTED' THEN 1 ELSE 2 END,
				         r.registered_at, r.id""")
			.param(eventId)
			.withFetchSize(ListQuery.EXPORT_FETCH)
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> each.accept(registration(rs, 0)));
	}

	/**
	 * Staff's search on the check-in list: name, kana, organisation or e-mail containing
	 * the text.
	 */
	List<RegistrationView> search(long eventId, String text) {
		String like = ListQuery.containing(text);
		return jdbc.sql(REGISTRATION_COLUMNS + " " + """
				WHERE r.event_id = ? AND r.status <> 'CANCELLED'
				  AND (r.name ILIKE ? OR r.name_kana ILIKE ? OR r.organisation ILIKE ? OR r.email ILIKE ?)
				ORDER BY r.name_kana NULLS LAST, r.name, r.id""")
			.params(eventId, like, like, like, like)
			.query(this::registration)
			.list();
	}

	Optional<RegistrationView> registration(long eventId, long registrationId) {
		return jdbc.sql(REGISTRATION_COLUMNS + " WHERE r.id = ? AND r.event_id = ?")
			.params(registrationId, eventId)
			.query(this::registration)
			.optional();
	}

	Optional<RegistrationView> byToken(String token) {
		if (token == null || !token.matches("[A-Za-z0-9_-]{10,64}")) {
			return Optional.empty();
		}
		return jdbc.sql(REGISTRATION_COLUMNS + " WHERE r.token = ?").param(token).query(this::registration).optional();
	}

	static EventView view(ResultSet rs, int n) throws SQLException {
		Integer capacity = rs.getObject("capacity") == null ? null : rs.getInt("capacity");
		return new EventView(rs.getLong("id"), rs.getObject("uid", UUID.class), rs.getString("title"),
				EventKind.valueOf(rs.getString("kind")), rs.getString("programme"),
				EventState.valueOf(rs.getString("state")), tokyo(rs, "starts_at"), tokyo(rs, "ends_at"),
				rs.getString("venue"), rs.getString("online_url"), capacity,
				strings(rs.getArray("audiences")).stream().map(Audience::valueOf).sorted().toList(),
				rs.getString("programme_text"), rs.getString("speakers"), rs.getString("co_organisers"),
				rs.getString("theme"), rs.getString("members"), rs.getString("minutes"), rs.getInt("confirmed"),
				rs.getInt("waitlisted"), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
	}

	private RegistrationView registration(ResultSet rs, int n) throws SQLException {
		Long[] sessions = (Long[]) rs.getArray("sessions").getArray();
		return new RegistrationView(rs.getLong("id"), rs.getLong("event_id"),
				RegistrationStatus.valueOf(rs.getString("status")), rs.getString("source"),
				Audience.valueOf(rs.getString("participant_type")), rs.getString("name"), rs.getString("name_kana"),
				rs.getString("email"), rs.getString("phone"), rs.getString("organisation"), rs.getString("department"),
				longOrNull(rs, "company_id"), longOrNull(rs, "contact_id"), rs.getBoolean("company_created"),
				json.readValue(rs.getString("answers"), ANSWERS), rs.getBoolean("consent_announcements"),
				rs.getString("token"), instant(rs, "registered_at"), instant(rs, "promoted_at"),
				instant(rs, "cancelled_at"), rs.getBoolean("no_show"), List.of(sessions));
	}

	static OffsetDateTime tokyo(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant().atZone(HubTime.ZONE).toOffsetDateTime();
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static Long longOrNull(ResultSet rs, String column) throws SQLException {
		long v = rs.getLong(column);
		return rs.wasNull() ? null : v;
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
	}

	String answersJson(Map<String, String> answers) {
		return json.writeValueAsString(answers == null ? Map.of() : answers);
	}

}
