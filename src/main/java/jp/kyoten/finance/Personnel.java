package jp.kyoten.finance;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.platform.RecordNotFoundException;

/**
 * Reads the hub's staff and work days (row-level security keeps them to the hub in
 * scope), and the personnel cost they give: per staff member and month, and per 経費項目 over
 * a fiscal year beside the budget.
 */
@Service
@Transactional(readOnly = true)
class Personnel {

	/**
	 * A live booking of a staff member's month: an entry computed from it that no
	 * reversing entry undid.
	 */
	static final String BOOKED = """
			(SELECT max(e.id) FROM finance_entry e
			  WHERE e.hub_id = s.hub_id AND e.work_month = :month AND e.staff_id = s.id
			    AND NOT EXISTS (SELECT 1 FROM finance_entry r WHERE r.reverses_id = e.id))""";

	/**
	 * The cost of the year's work per 経費項目: what it gives in all, and what of it is not
	 * booked yet.
	 */
	record Computed(long cost, long notBooked) {
	}

	private final JdbcClient jdbc;

	Personnel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<StaffView> staff() {
		return jdbc.sql("SELECT id, name, post, pay_basis, rate FROM finance_staff ORDER BY name, id")
			.query(Personnel::staffRow)
			.list();
	}

	/**
	 * @throws RecordNotFoundException when the staff member is another hub's or does not
	 * exist
	 */
	StaffView staff(long id) {
		return jdbc.sql("SELECT id, name, post, pay_basis, rate FROM finance_staff WHERE id = ?")
			.param(id)
			.query(Personnel::staffRow)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("finance_staff", id));
	}

	/**
	 * Every staff member's month (one grouped query) and the month's work days (one
	 * more).
	 */
	PersonnelMonth month(YearMonth month) {
		LocalDate from = month.atDay(1);
		List<StaffMonth> rows = jdbc.sql("""
				SELECT s.id, s.name, s.post, s.pay_basis, s.rate, count(w.work_date) AS days,
				       coalesce(sum(w.day_fraction), 0) AS cases, coalesce(sum(w.hours), 0) AS hours,
				       %s AS booked
				  FROM finance_staff s
				  LEFT JOIN finance_work_day w ON w.staff_id = s.id AND w.work_date >= :month AND w.work_date < :next
				 GROUP BY s.id ORDER BY s.name, s.id""".formatted(BOOKED))
			.param("month", Date.valueOf(from))
			.param("next", Date.valueOf(from.plusMonths(1)))
			.query((rs, n) -> new StaffMonth(staffRow(rs, n), rs.getInt("days"), rs.getBigDecimal("cases"),
					rs.getBigDecimal("hours"), rs.getObject("booked", Long.class)))
			.list();
		List<WorkDayView> days = jdbc.sql("""
				SELECT w.staff_id, s.name, w.work_date, w.hours, w.day_fraction, w.note
				  FROM finance_work_day w JOIN finance_staff s ON s.id = w.staff_id
				 WHERE w.work_date >= ? AND w.work_date < ? ORDER BY w.work_date, s.name, w.staff_id""")
			.params(Date.valueOf(from), Date.valueOf(from.plusMonths(1)))
			.query(Personnel::workDay)
			.list();
		return new PersonnelMonth(month, rows, days);
	}

	/**
	 * The fiscal year's personnel cost per 経費項目, computed month by month per staff member
	 * exactly as it is booked (so that the sum beside the budget equals what booking
	 * every month gives), and what of it is not booked.
	 */
	Map<ExpenseCategory, Computed> ofYear(int fiscalYear, long hubId) {
		Map<ExpenseCategory, Computed> computed = new EnumMap<>(ExpenseCategory.class);
		LocalDate from = LocalDate.of(fiscalYear, 4, 1);
		jdbc.sql("""
				SELECT s.id, s.name, s.post, s.pay_basis, s.rate, m.month, m.days, m.cases, m.hours,
				       EXISTS (SELECT 1 FROM finance_entry e
				                WHERE e.hub_id = s.hub_id AND e.work_month = m.month AND e.staff_id = s.id
				                  AND NOT EXISTS (SELECT 1 FROM finance_entry r WHERE r.reverses_id = e.id)) AS booked
				  FROM (SELECT staff_id, date_trunc('month', work_date)::date AS month, count(*) AS days,
				               sum(day_fraction) AS cases, sum(hours) AS hours
				          FROM finance_work_day WHERE hub_id = ? AND work_date >= ? AND work_date < ?
				         GROUP BY 1, 2) m
				  JOIN finance_staff s ON s.id = m.staff_id""")
			.params(hubId, Date.valueOf(from), Date.valueOf(from.plusYears(1)))
			.query(rs -> {
				StaffMonth month = new StaffMonth(staffRow(rs, 0), rs.getInt("days"), rs.getBigDecimal("cases"),
						rs.getBigDecimal("hours"), null);
				long cost = month.cost();
				long open = rs.getBoolean("booked") ? 0 : cost;
				computed.merge(month.staff().category(), new Computed(cost, open),
						(a, b) -> new Computed(a.cost() + b.cost(), a.notBooked() + b.notBooked()));
			});
		return computed;
	}

	/**
	 * Every work day of the fiscal year in date order, one at a time (the inspection
	 * package streams them).
	 */
	void eachWorkDay(int fiscalYear, java.util.function.BiConsumer<WorkDayView, StaffPost> sink) {
		LocalDate from = LocalDate.of(fiscalYear, 4, 1);
		jdbc.sql("""
				SELECT w.staff_id, s.name, w.work_date, w.hours, w.day_fraction, w.note, s.post
				  FROM finance_work_day w JOIN finance_staff s ON s.id = w.staff_id
				 WHERE w.work_date >= ? AND w.work_date < ? ORDER BY w.work_date, s.name, w.staff_id""")
			.params(Date.valueOf(from), Date.valueOf(from.plusYears(1)))
			.withFetchSize(500)
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> sink.accept(workDay(rs, 0),
					StaffPost.valueOf(rs.getString(7))));
	}

	/**
	 * Whether the staff member's month is booked (a live entry computed from it exists).
	 */
	boolean booked(long staffId, YearMonth month) {
		return jdbc.sql("SELECT " + BOOKED + " IS NOT NULL FROM finance_staff s WHERE s.id = :staff")
			.param("month", Date.valueOf(month.atDay(1)))
			.param("staff", staffId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** Days the staff member worked in [from, to), the day {@code except} left out. */
	int daysBetween(long staffId, LocalDate from, LocalDate to, LocalDate except) {
		return jdbc.sql("""
				SELECT count(*) FROM finance_work_day
				 WHERE staff_id = ? AND work_date >= ? AND work_date < ? AND work_date <> ?""")
			.params(staffId, Date.valueOf(from), Date.valueOf(to), Date.valueOf(except))
			.query(Integer.class)
			.single();
	}

	private static WorkDayView workDay(ResultSet rs, int row) throws SQLException {
		return new WorkDayView(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getBigDecimal(4),
				rs.getBigDecimal(5), rs.getString(6));
	}

	private static StaffView staffRow(ResultSet rs, int row) throws SQLException {
		return new StaffView(rs.getLong("id"), rs.getString("name"), StaffPost.valueOf(rs.getString("post")),
				PayBasis.valueOf(rs.getString("pay_basis")), rs.getLong("rate"));
	}

}
