package jp.kyoten.national;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntSupplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.activity.ConsultationRecorded;
import jp.kyoten.activity.ConsultationRecords;
import jp.kyoten.hub.Hub;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.matching.PlacementConfirmed;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.reporting.KpiBreakdownMonths;
import jp.kyoten.reporting.KpiFigures;
import jp.kyoten.reporting.KpiMonths;
import jp.kyoten.reporting.ReportSubmissions;
import jp.kyoten.reporting.ReportSubmitted;

/**
 * Writes a hub's figures and submissions where the bodies above it read them, in the
 * hub's own scope (row-level security lets a hub write only its own rows): the five KPIs
 * of every month of a fiscal year, counted by the reporting module ({@link KpiMonths},
 * the same numbers as the hub's dashboard and monthly report), the funnel and breakdowns
 * of each month ({@link KpiBreakdownMonths}), and every submitted version of its reports.
 * <p>
 * A request never pays for the recount (ADR 244): a consultation recorded or a placement
 * confirmed marks its hub's month dirty in {@code national_dirty} (one UPSERT in the
 * hub's own transaction, before it commits), a submitted report writes its one version
 * row; and one job of the cluster at a time (a PostgreSQL advisory lock, as
 * {@code CompanyTableUpkeep} does) recounts the fiscal years of the dirty months every
 * {@code kyoten.national.recount-every} and clears the marks it read. Every
 * {@code kyoten.national.refresh-every} the first node due recounts every hub (the
 * current and the previous fiscal year), which catches edits and deletions no event
 * announces.
 */
@Component
public class RefreshNationalFigures {

	private static final Logger log = LoggerFactory.getLogger(RefreshNationalFigures.class);

	/**
	 * The advisory lock of the national recount: a number no other job of Kyoten uses
	 * ("kyotenNF" in ASCII).
	 */
	static final long LOCK = 0x6B796F74656E4E46L;

	/** Answered by {@link #recountDirty} when another node holds the lock. */
	public static final int SKIPPED = -1;

	private final JdbcClient jdbc;

	private final KpiMonths kpis;

	private final KpiBreakdownMonths breakdowns;

	private final ReportSubmissions submissions;

	private final ConsultationRecords records;

	private final Hubs hubs;

	private final TransactionTemplate tx;

	private final DataSource dataSource;

	private final NationalSettings settings;

	private final Clock clock;

	RefreshNationalFigures(JdbcClient jdbc, KpiMonths kpis, KpiBreakdownMonths breakdowns,
			ReportSubmissions submissions, ConsultationRecords records, Hubs hubs, TransactionTemplate tx,
			DataSource dataSource, NationalSettings settings, Clock clock) {
		this.records = records;
		this.jdbc = jdbc;
		this.kpis = kpis;
		this.breakdowns = breakdowns;
		this.submissions = submissions;
		this.hubs = hubs;
		this.tx = tx;
		this.dataSource = dataSource;
		this.settings = settings;
		this.clock = clock;
	}

	// --- what a hub's work pays: one statement in its own transaction

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ConsultationRecorded event) {
		markDirty(event.hubId(), YearMonth.from(event.date()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(PlacementConfirmed event) {
		markDirty(event.hubId(), YearMonth.from(event.contractDate()));
	}

	/**
	 * The version the event names, as it is: when and which, never what the report says.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ReportSubmitted event) {
		HubScope.runAs(event.hubId(), () -> jdbc.sql("""
				INSERT INTO national_submission (hub_id, kind, month, version, submitted_at) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(event.hubId(), event.kind().name(), Date.valueOf(event.month().atDay(1)), event.version(),
					Timestamp.from(event.submittedAt()))
			.update());
	}

	/**
	 * Marks the hub's month for the next recount: a new mark, or the mark's generation
	 * bumped, so that a job recounting now leaves it for its next run. Inside the
	 * caller's transaction, on its connection (the hub's scope).
	 */
	void markDirty(long hubId, YearMonth month) {
		HubScope.runAs(hubId,
				() -> jdbc.sql("""
						INSERT INTO national_dirty (hub_id, month) VALUES (?, ?)
						ON CONFLICT (hub_id, month) DO UPDATE
						   SET generation = national_dirty.generation + 1, marked_at = now()""")
					.params(hubId, Date.valueOf(month.atDay(1)))
					.update());
	}

	// --- the cluster's one job

	@Scheduled(initialDelayString = "${kyoten.national.recount-every:PT30S}",
			fixedDelayString = "${kyoten.national.recount-every:PT30S}")
	void onSchedule() {
		recountDirty();
	}

	@Scheduled(initialDelayString = "${kyoten.national.refresh-every:PT10M}",
			fixedDelayString = "${kyoten.national.refresh-every:PT10M}")
	void everyFewMinutes() {
		sweepIfDue();
	}

	/**
	 * Recounts every hub with a dirty month (the fiscal years of its dirty months, and
	 * the year after each, whose KPI 5 reads the earlier years) and clears the marks it
	 * read, unless another node is at it. Answers how many hubs it recounted, or
	 * {@link #SKIPPED}.
	 */
	public int recountDirty() {
		return whileLocked(() -> {
			Map<Long, List<Mark>> dirty = new LinkedHashMap<>();
			HubScope.callAs(null,
					() -> jdbc.sql("SELECT hub_id, month, generation FROM national_dirty ORDER BY hub_id, month")
						.query((rs, n) -> dirty.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
							.add(new Mark(YearMonth.from(rs.getDate(2).toLocalDate()), rs.getLong(3))))
						.list());
			int current = Hubs.fiscalYearOf(LocalDate.now(clock));
			int recounted = 0;
			for (Map.Entry<Long, List<Mark>> e : dirty.entrySet()) {
				long hubId = e.getKey();
				TreeSet<Integer> years = new TreeSet<>();
				for (Mark m : e.getValue()) {
					int year = NationalFigures.fiscalYearOf(m.month());
					years.add(year);
					if (year < current) {
						years.add(year + 1);
					}
				}
				try {
					HubScope.runAs(hubId, () -> tx.executeWithoutResult(status -> {
						years.forEach(year -> writeYear(hubId, year));
						clear(hubId, e.getValue());
					}));
					recounted++;
				}
				catch (RuntimeException ex) {
					// the marks stay: the next run tries again
					log.warn("National figures of hub {} not recounted: {}", hubId, ex.toString());
				}
			}
			return recounted;
		});
	}

	/**
	 * Recounts every active hub if the last sweep of the cluster is older than
	 * {@code refresh-every}, unless another node is at it. Answers whether it swept.
	 */
	public boolean sweepIfDue() {
		return whileLocked(() -> {
			boolean due = HubScope.callAs(null,
					() -> jdbc
						.sql("SELECT swept_at <= now() - make_interval(secs => ?) FROM national_sweep WHERE id = 1")
						.param((double) settings.refreshEvery().toSeconds())
						.query(Boolean.class)
						.single());
			if (!due) {
				return 0;
			}
			refreshAll();
			HubScope.callAs(null, () -> jdbc.sql("UPDATE national_sweep SET swept_at = now() WHERE id = 1").update());
			return 1;
		}) == 1;
	}

	/**
	 * Every active hub, one after the other (the sweep, and the demo once it is loaded:
	 * {@link NationalDemoViewers}).
	 */
	void refreshAll() {
		for (Hub hub : hubs.all()) {
			if (hub.isActive()) {
				quietly(hub.getId());
			}
		}
	}

	/**
	 * One hub's figures of the current and the previous fiscal year, and its submissions.
	 */
	public void refresh(long hubId) {
		int current = Hubs.fiscalYearOf(LocalDate.now(clock));
		refresh(hubId, current - 1, current);
	}

	/**
	 * One hub's figures of the fiscal years {@code from} to {@code to} (a back-fill), and
	 * its submissions.
	 */
	public void refresh(long hubId, int from, int to) {
		HubScope.runAs(hubId, () -> tx.executeWithoutResult(status -> write(hubId, from, to)));
	}

	private void quietly(long hubId) {
		try {
			refresh(hubId);
		}
		catch (RuntimeException ex) {
			// the next sweep tries again; the hub's own work has committed already
			log.warn("National figures of hub {} not refreshed: {}", hubId, ex.toString());
		}
	}

	private record Mark(YearMonth month, long generation) {
	}

	/**
	 * The marks read, unless marked again since (a later generation stays for the next
	 * run).
	 */
	private void clear(long hubId, List<Mark> marks) {
		List<Object> params = new ArrayList<>();
		params.add(hubId);
		marks.forEach(m -> {
			params.add(Date.valueOf(m.month().atDay(1)));
			params.add(m.generation());
		});
		jdbc.sql("DELETE FROM national_dirty WHERE hub_id = ? AND (month, generation) IN (VALUES %s)"
			.formatted(String.join(", ", Collections.nCopies(marks.size(), "(?::date, ?::bigint)"))))
			.params(params)
			.update();
	}

	/**
	 * Runs the work on this node unless another holds the cluster's lock: a session
	 * advisory lock on a connection of its own, with no hub in scope, released when the
	 * work is done. Answers the work's answer, or {@link #SKIPPED}.
	 */
	private int whileLocked(IntSupplier work) {
		try (HubScope.Entered none = HubScope.enter(null); Connection c = dataSource.getConnection()) {
			c.setAutoCommit(true);
			try (Statement st = c.createStatement()) {
				if (!locked(st)) {
					log.debug("National recount skipped: another node is at it");
					return SKIPPED;
				}
				try {
					return work.getAsInt();
				}
				finally {
					st.execute("SELECT pg_advisory_unlock(" + LOCK + ")");
				}
			}
		}
		catch (SQLException ex) {
			log.warn("National recount could not take its lock", ex);
			return SKIPPED;
		}
	}

	private static boolean locked(Statement st) throws SQLException {
		try (ResultSet rs = st.executeQuery("SELECT pg_try_advisory_lock(" + LOCK + ")")) {
			rs.next();
			return rs.getBoolean(1);
		}
	}

	/**
	 * The fiscal years' figures and the hub's submissions (the sweep and a back-fill).
	 */
	private void write(long hubId, int from, int to) {
		for (int year = from; year <= to; year++) {
			writeYear(hubId, year);
		}
		int current = Hubs.fiscalYearOf(LocalDate.now(clock));
		List<ReportSubmissions.SubmittedVersion> versions = submissions.submittedSince(YearMonth.of(current - 1, 4));
		if (!versions.isEmpty()) {
			List<Object> params = new ArrayList<>();
			versions.forEach(v -> params.addAll(List.of(hubId, v.kind().name(), Date.valueOf(v.month().atDay(1)),
					v.version(), Timestamp.from(v.submittedAt()))));
			jdbc.sql("INSERT INTO national_submission (hub_id, kind, month, version, submitted_at) VALUES %s "
				.formatted(rows(versions.size(), 5)) + "ON CONFLICT DO NOTHING").params(params).update();
		}
	}

	/**
	 * One fiscal year of the hub in scope: its twelve months' five KPIs (one statement)
	 * and its funnel and breakdowns (the year's rows replaced: a key that counted last
	 * time may count nothing now). Three statements.
	 */
	void writeYear(long hubId, int year) {
		Timestamp now = Timestamp.from(clock.instant());
		Map<YearMonth, KpiFigures> months = kpis.of(hubId, year);
		List<Object> params = new ArrayList<>();
		months.forEach((month, f) -> params
			.addAll(List.of(hubId, Date.valueOf(month.atDay(1)), f.consultations(), f.placements(),
					f.digitalPlacements(), f.financialReferralPlacements(), f.sideJobNewCompanyPlacements(), now)));
		jdbc.sql("""
				INSERT INTO national_hub_month (hub_id, month, consultations, placements, digital_placements,
				       financial_referral_placements, side_job_new_company_placements, refreshed_at)
				VALUES %s
				ON CONFLICT (hub_id, month) DO UPDATE SET consultations = EXCLUDED.consultations,
				       placements = EXCLUDED.placements, digital_placements = EXCLUDED.digital_placements,
				       financial_referral_placements = EXCLUDED.financial_referral_placements,
				       side_job_new_company_placements = EXCLUDED.side_job_new_company_placements,
				       refreshed_at = EXCLUDED.refreshed_at""".formatted(rows(months.size(), 8)))
			.params(params)
			.update();
		jdbc.sql("DELETE FROM national_hub_figure WHERE hub_id = ? AND month >= ? AND month < ?")
			.params(hubId, Date.valueOf(LocalDate.of(year, 4, 1)), Date.valueOf(LocalDate.of(year + 1, 4, 1)))
			.update();
		List<KpiBreakdownMonths.Cell> cells = breakdowns.of(hubId, year).stream().filter(c -> c.count() > 0).toList();
		// a few hundred rows a year at most; in slices well under PostgreSQL's 65,535
		// parameters
		for (int from = 0; from < cells.size(); from += 2000) {
			List<KpiBreakdownMonths.Cell> slice = cells.subList(from, Math.min(cells.size(), from + 2000));
			List<Object> values = new ArrayList<>();
			slice.forEach(c -> values.addAll(
					List.of(hubId, Date.valueOf(c.month().atDay(1)), c.dimension().name(), c.key(), c.count(), now)));
			jdbc.sql("INSERT INTO national_hub_figure (hub_id, month, dimension, key, value, refreshed_at) VALUES "
					+ rows(slice.size(), 6))
				.params(values)
				.update();
		}
		if (hubs.kindOf(hubId) == HubKind.YOROZU) {
			shareRecords(hubId, year);
		}
	}

	/**
	 * A よろず hub's consented support records of the fiscal year's months gone, as the
	 * national HQ collects them (replaced: a consent withdrawn since takes its record
	 * out). The activity module's records; only those whose company consented are copied.
	 */
	private void shareRecords(long hubId, int year) {
		jdbc.sql("DELETE FROM national_shared_record WHERE hub_id = ? AND month >= ? AND month < ?")
			.params(hubId, Date.valueOf(LocalDate.of(year, 4, 1)), Date.valueOf(LocalDate.of(year + 1, 4, 1)))
			.update();
		YearMonth last = YearMonth.now(clock);
		List<ConsultationRecords.SupportRecord> shared = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			YearMonth month = YearMonth.of(year, 4).plusMonths(i);
			if (month.isAfter(last)) {
				break;
			}
			records.supportRecords(month, null, r -> {
				if (r.shareConsent()) {
					shared.add(r);
				}
			});
		}
		for (int from = 0; from < shared.size(); from += 1000) {
			List<ConsultationRecords.SupportRecord> slice = shared.subList(from, Math.min(shared.size(), from + 1000));
			List<Object> values = new ArrayList<>();
			slice.forEach(r -> values
				.addAll(java.util.Arrays.asList(hubId, r.id(), Date.valueOf(YearMonth.from(r.date()).atDay(1)),
						Date.valueOf(r.date()), r.companyName(), r.corporateNumber(), r.staffName(), r.channel().name(),
						r.followUp(), r.issues().stream().map(Enum::name).toArray(String[]::new),
						r.policyAreas().stream().map(Enum::name).toArray(String[]::new), r.summary())));
			jdbc.sql("""
					INSERT INTO national_shared_record (hub_id, consultation_id, month, consulted_on, company_name,
					       corporate_number, staff_name, channel, follow_up, issues, policy_areas, summary) VALUES """
					+ rows(slice.size(), 12))
				.params(values)
				.update();
		}
	}

	/** {@code (?, ?, …), (?, ?, …)}: placeholders only, the values go as parameters. */
	private static String rows(int rows, int columns) {
		String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
		return String.join(", ", Collections.nCopies(rows, row));
	}

}
