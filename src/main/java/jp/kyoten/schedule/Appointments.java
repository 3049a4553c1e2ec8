package jp.kyoten.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.time.HubTime;

/**
 * The schedule module's read API. Row-level security limits everything here to the hub in
 * scope, so another hub's appointment is simply not found. Range queries find what
 * overlaps {@code [from, to)}; since no appointment lasts more than 31 days, the start is
 * bounded on both sides and the (hub, start) and (owner, start) indexes serve them.
 */
@Service
@Transactional(readOnly = true)
public class Appointments {

	static final String COLUMNS = """
			SELECT id, uid, title, kind, starts_at, ends_at, all_day, location, notes, owner_id, whole_hub, company_id,
			       consultation_id, event_id, status, sequence, created_by, created_at, updated_at, version
			  FROM appointment""";

	/**
	 * Overlaps [from, to): three parameters, to, from, and from minus the longest
	 * appointment.
	 */
	static final String OVERLAPS = " starts_at < ? AND ends_at > ? AND starts_at >= ?";

	static final String ORDER = " ORDER BY starts_at, ends_at, id";

	private final JdbcClient jdbc;

	Appointments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<AppointmentView> find(long id) {
		return jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query(Appointments::view).optional();
	}

	/**
	 * @throws RecordNotFoundException when it does not exist or belongs to another hub
	 */
	public AppointmentView get(long id) {
		return find(id).orElseThrow(() -> new RecordNotFoundException("appointment", id));
	}

	/**
	 * A person's appointments and the whole hub's, overlapping {@code [from, to)},
	 * cancelled ones included.
	 */
	public List<AppointmentView> ofPerson(long userId, Instant from, Instant to) {
		return jdbc.sql(COLUMNS + " WHERE (owner_id = ? OR (whole_hub AND hub_id = ?)) AND" + OVERLAPS + ORDER)
			.params(userId, HubScope.require(), ts(to), ts(from), ts(from.minus(Appointment.MAX_LENGTH)))
			.query(Appointments::view)
			.list();
	}

	/**
	 * Every appointment of the hub overlapping {@code [from, to)}, cancelled ones
	 * included.
	 */
	public List<AppointmentView> ofHub(Instant from, Instant to) {
		return jdbc.sql(COLUMNS + " WHERE hub_id = ? AND" + OVERLAPS + ORDER)
			.params(HubScope.require(), ts(to), ts(from), ts(from.minus(Appointment.MAX_LENGTH)))
			.query(Appointments::view)
			.list();
	}

	/**
	 * For the API: one page of the hub's appointments overlapping {@code [from, to)}, of
	 * one owner if given.
	 */
	Page<AppointmentView> search(Instant from, Instant to, Long ownerId, Pageable pageable) {
		StringBuilder where = new StringBuilder(" WHERE hub_id = ? AND" + OVERLAPS);
		List<Object> params = new ArrayList<>(
				List.of(HubScope.require(), ts(to), ts(from), ts(from.minus(Appointment.MAX_LENGTH))));
		if (ownerId != null) {
			where.append(" AND owner_id = ?");
			params.add(ownerId);
		}
		long total = jdbc.sql("SELECT count(*) FROM appointment" + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(pageable.getPageSize());
		pageParams.add(pageable.getOffset());
		List<AppointmentView> rows = jdbc.sql(COLUMNS + where + ORDER + " LIMIT ? OFFSET ?")
			.params(pageParams)
			.query(Appointments::view)
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/**
	 * A person's feed: their own and the whole hub's appointments from {@code from} on;
	 * cancelled ones only when cancelled since {@code cancelledSince}, long enough for
	 * subscribers to pick the cancellation up.
	 */
	List<AppointmentView> feedOf(long userId, Instant from, Instant cancelledSince) {
		return jdbc.sql(COLUMNS + " " + """
				WHERE (owner_id = ? OR (whole_hub AND hub_id = ?)) AND ends_at > ?
				  AND (status = 'SCHEDULED' OR cancelled_at >= ?)""" + ORDER)
			.params(userId, HubScope.require(), ts(from), ts(cancelledSince))
			.query(Appointments::view)
			.list();
	}

	private static Timestamp ts(Instant t) {
		return Timestamp.from(t);
	}

	static AppointmentView view(ResultSet rs, int n) throws SQLException {
		return new AppointmentView(rs.getLong("id"), rs.getObject("uid", UUID.class), rs.getString("title"),
				AppointmentKind.valueOf(rs.getString("kind")), tokyo(rs, "starts_at"), tokyo(rs, "ends_at"),
				rs.getBoolean("all_day"), rs.getString("location"), rs.getString("notes"), longOrNull(rs, "owner_id"),
				rs.getBoolean("whole_hub"), longOrNull(rs, "company_id"), longOrNull(rs, "consultation_id"),
				longOrNull(rs, "event_id"), AppointmentStatus.valueOf(rs.getString("status")), rs.getInt("sequence"),
				longOrNull(rs, "created_by"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
	}

	private static OffsetDateTime tokyo(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant().atZone(HubTime.ZONE).toOffsetDateTime();
	}

	private static Long longOrNull(ResultSet rs, String column) throws SQLException {
		long v = rs.getLong(column);
		return rs.wasNull() ? null : v;
	}

}
