package jp.kyoten.obligations;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.events.EventCounts;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.reporting.ReportKind;
import jp.kyoten.reporting.ReportSubmissions;

/**
 * The obligations of the hub in scope for a fiscal year with their progress. The year's
 * defaults are seeded the first time anyone looks at it ({@link ObligationDefaults});
 * after that the rows are the manager's.
 * <p>
 * Progress: an event count counts the events of its kind starting in the year — held
 * (開催済・報告済) toward the minimum, the rest as planned; a document is done when handed in
 * and, where the prefecture approves it, approved; a monthly report counts each month of
 * the year whose deadline (the due day of the next month) has come, and a month is
 * reported when a version was submitted (late when after its deadline).
 */
@Service
@Transactional
public class Obligations {

	static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private static final String COLUMNS = """
			SELECT id, fiscal_year, kind, title, event_kind, minimum, due_on, report_kind, due_day, needs_approval,
			       warn_days, submitted_on, file_name, approval, note, version
			  FROM obligation""";

	private final JdbcClient jdbc;

	private final EventCounts events;

	private final ReportSubmissions submissions;

	private final ObligationSeeder seeder;

	Obligations(JdbcClient jdbc, EventCounts events, ReportSubmissions submissions, ObligationSeeder seeder) {
		this.jdbc = jdbc;
		this.events = events;
		this.submissions = submissions;
		this.seeder = seeder;
	}

	static int fiscalYearOf(LocalDate day) {
		return Hubs.fiscalYearOf(day);
	}

	static LocalDate today() {
		return LocalDate.now(TOKYO);
	}

	/** The year's contract start (契約締結日), seeding the year first. */
	public LocalDate contractStart(int fiscalYear) {
		ensureYear(fiscalYear);
		return jdbc.sql("SELECT contract_start FROM obligation_year WHERE hub_id = ? AND fiscal_year = ?")
			.params(HubScope.require(), fiscalYear)
			.query(LocalDate.class)
			.single();
	}

	/** The year's obligations with their progress as of {@code today}, in kind order. */
	public List<ObligationView> of(int fiscalYear, LocalDate today) {
		ensureYear(fiscalYear);
		LocalDate from = LocalDate.of(fiscalYear, 4, 1);
		LocalDate to = from.plusYears(1);
		Map<String, EventCounts.KindCount> byKind = events.byKind(from, to);
		Map<ReportKind, Map<YearMonth, Instant>> reported = new java.util.EnumMap<>(ReportKind.class);
		List<Row> rows = jdbc.sql(COLUMNS + " WHERE hub_id = ? AND fiscal_year = ? ORDER BY kind, id")
			.params(HubScope.require(), fiscalYear)
			.query(Obligations::row)
			.list();
		List<ObligationView> views = new ArrayList<>();
		for (Row r : rows) {
			views.add(switch (r.kind) {
				case EVENT_COUNT -> eventCount(r, byKind.get(r.eventKind), today);
				case DOCUMENT -> document(r, today);
				case MONTHLY_REPORT -> monthly(r, reported.computeIfAbsent(ReportKind.valueOf(r.reportKind),
						k -> submissions.firstSubmissions(k, fiscalYear)), today);
			});
		}
		return views;
	}

	/**
	 * @throws RecordNotFoundException for another hub's obligation
	 */
	public ObligationView get(long id, LocalDate today) {
		int year = jdbc.sql("SELECT fiscal_year FROM obligation WHERE id = ?")
			.param(id)
			.query(Integer.class)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("obligation", id));
		return of(year, today).stream().filter(o -> o.id() == id).findFirst().orElseThrow();
	}

	/** Seeds the year's defaults once (see {@link ObligationSeeder}). */
	void ensureYear(int fiscalYear) {
		if (!seeder.seeded(fiscalYear)) {
			seeder.ensureYear(fiscalYear);
		}
	}

	private static ObligationView eventCount(Row r, EventCounts.KindCount count, LocalDate today) {
		int held = count == null ? 0 : count.held();
		int planned = count == null ? 0 : count.planned();
		ObligationView.Status status;
		if (held >= r.minimum) {
			status = ObligationView.Status.DONE;
		}
		else if (today.isAfter(r.dueOn)) {
			status = ObligationView.Status.OVERDUE;
		}
		else if (!today.isBefore(r.dueOn.minusDays(r.warnDays))) {
			status = ObligationView.Status.DUE_SOON;
		}
		else if (held + planned < r.minimum) {
			status = ObligationView.Status.SHORT;
		}
		else {
			status = ObligationView.Status.ON_TRACK;
		}
		return r.view(held, planned, r.minimum, status, status == ObligationView.Status.DONE ? null : r.dueOn,
				List.of());
	}

	private static ObligationView document(Row r, LocalDate today) {
		ObligationView.Status status;
		boolean submitted = r.submittedOn != null;
		if (submitted && (!r.needsApproval || "APPROVED".equals(r.approval))) {
			status = ObligationView.Status.DONE;
		}
		else if (submitted && "SENT_BACK".equals(r.approval)) {
			status = ObligationView.Status.SENT_BACK;
		}
		else if (submitted) {
			status = ObligationView.Status.SUBMITTED;
		}
		else if (today.isAfter(r.dueOn)) {
			status = ObligationView.Status.OVERDUE;
		}
		else if (!today.isBefore(r.dueOn.minusDays(r.warnDays))) {
			status = ObligationView.Status.DUE_SOON;
		}
		else {
			status = ObligationView.Status.OPEN;
		}
		return r.view(status == ObligationView.Status.DONE ? 1 : 0, 0, 1, status, submitted ? null : r.dueOn,
				List.of());
	}

	private static ObligationView monthly(Row r, Map<YearMonth, Instant> submitted, LocalDate today) {
		List<ObligationView.MonthStatus> months = new ArrayList<>();
		int due = 0;
		int done = 0;
		boolean missing = false;
		LocalDate next = null;
		for (int i = 0; i < 12; i++) {
			YearMonth m = YearMonth.of(r.fiscalYear, 4).plusMonths(i);
			LocalDate deadline = m.plusMonths(1).atDay(r.dueDay);
			Instant at = submitted.get(m);
			LocalDate on = at == null ? null : at.atZone(TOKYO).toLocalDate();
			String state;
			if (on != null) {
				state = on.isAfter(deadline) ? "LATE" : "ON_TIME";
			}
			else if (today.isAfter(deadline)) {
				state = "MISSING";
				missing = true;
			}
			else {
				state = "PENDING";
			}
			if (!today.isBefore(m.plusMonths(1).atDay(1))) {
				due++;
				if (on != null) {
					done++;
				}
			}
			if (on == null && next == null && !today.isBefore(m.atDay(1))) {
				next = deadline;
			}
			months.add(new ObligationView.MonthStatus(m.toString(), deadline, on, state));
		}
		ObligationView.Status status;
		if (missing) {
			status = ObligationView.Status.OVERDUE;
		}
		else if (next != null && !today.isBefore(next.minusDays(r.warnDays))
				&& !today.isBefore(YearMonth.from(next).atDay(1))) {
			status = ObligationView.Status.DUE_SOON;
		}
		else if (done == 12) {
			status = ObligationView.Status.DONE;
		}
		else {
			status = ObligationView.Status.ON_TRACK;
		}
		return r.view(done, 0, due, status, next, months);
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getInt("fiscal_year"), ObligationKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getString("event_kind"), (Integer) rs.getObject("minimum"),
				rs.getObject("due_on", LocalDate.class), rs.getString("report_kind"),
				rs.getObject("due_day") == null ? null : rs.getInt("due_day"), rs.getBoolean("needs_approval"),
				rs.getInt("warn_days"), rs.getObject("submitted_on", LocalDate.class), rs.getString("file_name"),
				rs.getString("approval"), rs.getString("note"), rs.getInt("version"));
	}

	private record Row(long id, int fiscalYear, ObligationKind kind, String title, String eventKind, Integer minimum,
			LocalDate dueOn, String reportKind, Integer dueDay, boolean needsApproval, int warnDays,
			LocalDate submittedOn, String fileName, String approval, String note, int version) {

		ObligationView view(int done, int planned, int target, ObligationView.Status status, LocalDate nextDue,
				List<ObligationView.MonthStatus> months) {
			return new ObligationView(id, fiscalYear, kind, title, eventKind, minimum, dueOn, reportKind, dueDay,
					needsApproval, warnDays, submittedOn, fileName, approval, note, version, done, planned, target,
					status, nextDue, months);
		}

	}

}
