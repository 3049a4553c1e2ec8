package jp.kyoten.schedule;

import java.sql.Time;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.time.HubTime;

/**
 * A hub's business calendar: open Monday to Friday during its business hours (9:00–17:00
 * unless the manager set others), closed on national holidays and on the closures its
 * manager set. Asked about the hub in scope; work without a hub in scope (a background
 * job) names the hub and it is put in scope for the query.
 */
@Service
public class BusinessCalendar {

	/** Hubs keep Japan time. */
	private final JdbcClient jdbc;

	BusinessCalendar(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether the hub is open on that day (a business day that is neither a holiday nor a
	 * closure).
	 */
	public boolean isOpen(long hubId, LocalDate date) {
		return status(hubId, date).open();
	}

	public DayStatus status(long hubId, LocalDate date) {
		return statuses(hubId, date, date).getFirst();
	}

	/** One status per day from {@code from} to {@code to}, both included. */
	public List<DayStatus> statuses(long hubId, LocalDate from, LocalDate to) {
		List<HubClosure> closures = closuresBetween(hubId, from, to);
		NavigableMap<LocalDate, String> holidays = JapaneseHolidays.between(from, to);
		List<DayStatus> days = new ArrayList<>();
		for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
			LocalDate day = d;
			String closure = closures.stream()
				.filter(c -> c.covers(day))
				.map(HubClosure::label)
				.findFirst()
				.orElse(null);
			boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
			days.add(new DayStatus(d, weekend, holidays.get(d), closure));
		}
		return days;
	}

	public BusinessHours hours(long hubId) {
		return inHub(hubId,
				() -> jdbc.sql("SELECT opens_at, closes_at FROM hub_business_hours WHERE hub_id = ?")
					.param(hubId)
					.query((rs, n) -> new BusinessHours(rs.getObject(1, Time.class).toLocalTime(),
							rs.getObject(2, Time.class).toLocalTime()))
					.optional()
					.orElse(BusinessHours.DEFAULT));
	}

	/** Closures overlapping {@code from}–{@code to}, by start date. */
	public List<HubClosure> closuresBetween(long hubId, LocalDate from, LocalDate to) {
		return inHub(hubId,
				() -> jdbc.sql("""
						SELECT id, starts_on, ends_on, label FROM hub_closure
						 WHERE hub_id = ? AND starts_on <= ? AND ends_on >= ? ORDER BY starts_on, id""")
					.params(hubId, to, from)
					.query((rs, n) -> new HubClosure(rs.getLong(1), rs.getObject(2, LocalDate.class),
							rs.getObject(3, LocalDate.class), rs.getString(4)))
					.list());
	}

	/** Whether a timed stretch lies within the business hours of a single day. */
	public boolean withinBusinessHours(long hubId, Instant start, Instant end) {
		ZonedDateTime s = start.atZone(HubTime.ZONE);
		ZonedDateTime e = end.atZone(HubTime.ZONE);
		BusinessHours hours = hours(hubId);
		return s.toLocalDate().equals(e.toLocalDate()) && !s.toLocalTime().isBefore(hours.opens())
				&& !e.toLocalTime().isAfter(hours.closes());
	}

	private <T> T inHub(long hubId, Supplier<T> query) {
		Long scoped = HubScope.current().orElse(null);
		if (scoped == null) {
			return HubScope.callAs(hubId, query);
		}
		if (scoped != hubId) {
			throw new RecordNotFoundException("hub", hubId);
		}
		return query.get();
	}

}
