package jp.kyoten.reporting;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.directory.SizeBand;
import jp.kyoten.platform.tenancy.ReadsReplica;
import jp.kyoten.platform.time.HubTime;

/**
 * The hub's KPIs and the figures of the dashboard and the monthly report, one SQL query
 * per question, for the hub in scope (row-level security; the hub id is also named in
 * each query so that the indexes lead with it). The queries read only the {@code kpi_*}
 * views that the owning modules publish in their migrations ({@code kpi_consultation} of
 * activity, {@code kpi_need}, {@code kpi_handoff}, {@code kpi_placement} of matching,
 * {@code kpi_company} of directory, {@code kpi_institution}, {@code kpi_agency}) and the
 * events module's {@code event_participant} — never those modules' tables (ADR 210).
 * <p>
 * The five KPI rules (issue item 6), per fiscal year (1 April – 31 March):
 * <ol>
 * <li>相談件数: consultations that are not a follow-up ({@code follow_up_of IS NULL}) dated
 * in the year. Two new consultations of one company, even on one day, are two.
 * <li>成約件数: confirmed placements whose contract date (成約日) falls in the year; a side-job
 * placement counts 1; a placement whose talent did not actually join (実際の就職 = NOT_JOINED,
 * seed 000 §5(1)⑤ ※1) does not count, one not yet known does.
 * <li>デジタル人材: placements of (2) whose need is flagged digital.
 * <li>金融機関の紹介: placements of (2) whose need's referral route (inherited from its
 * consultation, editable on the need) is a support institution of a financial kind.
 * <li>副業・兼業の新規利用企業: side-job placements of (2) at a company with no confirmed side-job
 * placement dated in an earlier fiscal year. Every such placement of the year counts, a
 * second one at the same company too: the company stays "new" for the whole year in which
 * it first used side-job talent through the hub. The company's own answer
 * ({@code company.prior_side_job_use}) overrides the history: true → not new, false →
 * new, null → history decides.
 * </ol>
 */
@Service
@Transactional(readOnly = true)
@ReadsReplica
public class Kpis {

	static final String FINANCIAL_KINDS = "('REGIONAL_BANK', 'SECOND_REGIONAL_BANK', 'SHINKIN_BANK', "
			+ "'CREDIT_COOPERATIVE', 'GOVERNMENT_FINANCIAL')";

	/**
	 * Confirmed placements of the hub with contract dates in [:from, :to), their need,
	 * company and referral.
	 */
	static final String PLACEMENT_JOINS = """
			  FROM kpi_placement p
			  JOIN kpi_need n ON n.id = p.need_id AND n.hub_id = p.hub_id
			  JOIN kpi_company co ON co.id = p.company_id AND co.hub_id = p.hub_id
			  LEFT JOIN kpi_institution si ON si.id = n.referral_institution_id AND si.hub_id = n.hub_id
			""";

	/** Confirmed placements in the period, whether or not the talent joined. */
	static final String CONFIRMED_ANY_IN_PERIOD = """
			 WHERE p.hub_id = :hub AND p.confirmed AND p.contract_date >= :from AND p.contract_date < :to
			""";

	/** What KPI 2 counts: confirmed in the period, and not known to have not joined. */
	static final String CONFIRMED_IN_PERIOD = CONFIRMED_ANY_IN_PERIOD + """
			   AND p.joined IS DISTINCT FROM 'NOT_JOINED'
			""";

	static final String CONFIRMED_PLACEMENTS = PLACEMENT_JOINS + CONFIRMED_IN_PERIOD;

	static final String FINANCIAL = "si.kind IN " + FINANCIAL_KINDS;

	/** KPI 5; :yearStart is the first day of the placement's fiscal year. */
	static final String SIDE_JOB_NEW_COMPANY = """
			p.employment_form = 'SIDE_JOB' AND NOT coalesce(co.prior_side_job_use, EXISTS (
			    SELECT 1 FROM kpi_placement e
			     WHERE e.company_id = p.company_id AND e.confirmed AND e.employment_form = 'SIDE_JOB'
			       AND e.contract_date < :yearStart))""";

	/**
	 * SizeBand.of(employees) in SQL, built from the enum so that the two cannot disagree.
	 */
	static final String SIZE_BAND = Arrays.stream(SizeBand.values())
		.filter(b -> b != SizeBand.UNKNOWN)
		.map(b -> "WHEN co.employees BETWEEN %d AND %d THEN '%s'".formatted(b.min(), b.max(), b.name()))
		.collect(Collectors.joining(" ", "CASE ", " ELSE 'UNKNOWN' END"));

	/** What a breakdown of placements groups by, and the SQL expression of its key. */
	enum Dimension {

		INDUSTRY("coalesce(co.industry, '-')"), SIZE_BAND(Kpis.SIZE_BAND), JOB_CATEGORY("n.job_category");

		final String expression;

		Dimension(String expression) {
			this.expression = expression;
		}

	}

	/**
	 * {@code hubIncome} is null while the hub's own income is not recorded (see
	 * {@link #funnel}).
	 */
	public record Funnel(int companies, int consultations, int needs, int handOffs, int placements, Long hubIncome) {
	}

	public record Share(String key, int placements) {
	}

	public record IssueCount(String issue, int newConsultations, int allConsultations) {
	}

	private final JdbcClient jdbc;

	Kpis(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The five KPIs of each month of the year, April first: one query. */
	Map<YearMonth, KpiFigures> monthly(long hubId, FiscalYear year) {
		Map<YearMonth, KpiFigures> months = new LinkedHashMap<>();
		year.months().forEach(m -> months.put(m, KpiFigures.ZERO));
		jdbc.sql("""
				WITH c AS (
				  SELECT date_trunc('month', consulted_on)::date AS m, count(*) AS consultations
				    FROM kpi_consultation
				   WHERE hub_id = :hub AND consulted_on >= :from AND consulted_on < :to AND follow_up_of IS NULL
				   GROUP BY 1),
				pl AS (
				  SELECT date_trunc('month', p.contract_date)::date AS m, count(*) AS placements,
				         count(*) FILTER (WHERE n.digital) AS digital,
				         count(*) FILTER (WHERE %s) AS financial,
				         count(*) FILTER (WHERE %s) AS side_job_new
				  %s
				   GROUP BY 1)
				SELECT coalesce(c.m, pl.m) AS m, coalesce(c.consultations, 0), coalesce(pl.placements, 0),
				       coalesce(pl.digital, 0), coalesce(pl.financial, 0), coalesce(pl.side_job_new, 0)
				  FROM c FULL JOIN pl ON pl.m = c.m""".formatted(FINANCIAL, SIDE_JOB_NEW_COMPANY, CONFIRMED_PLACEMENTS))
			.param("hub", hubId)
			.param("from", Date.valueOf(year.start()))
			.param("to", Date.valueOf(year.end()))
			.param("yearStart", Date.valueOf(year.start()))
			.query((rs, n) -> Map.entry(YearMonth.from(rs.getDate(1).toLocalDate()),
					new KpiFigures(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6))))
			.list()
			.forEach(e -> months.put(e.getKey(), e.getValue()));
		return months;
	}

	/** The year's totals (sums of {@link #monthly}). */
	static KpiFigures total(Map<YearMonth, KpiFigures> monthly) {
		return monthly.values().stream().reduce(KpiFigures.ZERO, KpiFigures::plus);
	}

	/** The totals from April to {@code month} inclusive. */
	static KpiFigures cumulative(Map<YearMonth, KpiFigures> monthly, YearMonth month) {
		return monthly.entrySet()
			.stream()
			.filter(e -> !e.getKey().isAfter(month))
			.map(Map.Entry::getValue)
			.reduce(KpiFigures.ZERO, KpiFigures::plus);
	}

	/**
	 * 集客 → 相談 → ニーズ → 取り繋ぎ → 成約 (→ the hub's own income) for the year. 集客: companies with
	 * any consultation (new or follow-up) or with someone checked in at one of the hub's
	 * events (seed 003: 集客 = セミナー参加企業; read through the events module's
	 * {@code event_participant} view), each company once; 相談: new consultations (KPI 1);
	 * needs recorded in the year (Japan date); hand-offs (one per agency chosen) by the
	 * day the company chose; placements of KPI 2. The last stage is the hub's own fee
	 * income (seed 003 収入), which Kyoten does not record yet (the finances issue):
	 * {@code hubIncome} is null and the page says 未記録 — the fees companies pay agencies
	 * are not the hub's income and are not shown there. One query.
	 */
	Funnel funnel(long hubId, FiscalYear year) {
		return jdbc
			.sql("""
					SELECT (SELECT count(DISTINCT company_id) FROM (
					          SELECT company_id FROM kpi_consultation
					           WHERE hub_id = :hub AND consulted_on >= :from AND consulted_on < :to
					          UNION
					          SELECT company_id FROM event_participant
					           WHERE hub_id = :hub AND event_day >= :from AND event_day < :to
					             AND participant_type = 'COMPANY' AND company_id IS NOT NULL) AS reached),
					       (SELECT count(*) FROM kpi_consultation
					         WHERE hub_id = :hub AND consulted_on >= :from AND consulted_on < :to AND follow_up_of IS NULL),
					       (SELECT count(*) FROM kpi_need
					         WHERE hub_id = :hub AND created_at >= :fromInstant AND created_at < :toInstant),
					       (SELECT count(*) FROM kpi_handoff WHERE hub_id = :hub AND chosen_on >= :from AND chosen_on < :to),
					       (SELECT count(*) FROM kpi_placement
					         WHERE hub_id = :hub AND confirmed AND contract_date >= :from AND contract_date < :to
					           AND joined IS DISTINCT FROM 'NOT_JOINED')""")
			.param("hub", hubId)
			.param("from", Date.valueOf(year.start()))
			.param("to", Date.valueOf(year.end()))
			.param("fromInstant", Timestamp.from(year.start().atStartOfDay(HubTime.ZONE).toInstant()))
			.param("toInstant", Timestamp.from(year.end().atStartOfDay(HubTime.ZONE).toInstant()))
			.query((rs, n) -> new Funnel(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), null))
			.single();
	}

	/**
	 * The year's placements (KPI 2) by industry, size band and job category, largest
	 * first: one query.
	 */
	Map<Dimension, List<Share>> breakdowns(long hubId, FiscalYear year) {
		Map<Dimension, List<Share>> shares = new LinkedHashMap<>();
		for (Dimension d : Dimension.values()) {
			shares.put(d, new ArrayList<>());
		}
		jdbc.sql("""
				SELECT GROUPING(%1$s) AS not_industry, GROUPING(%2$s) AS not_size, %1$s AS industry, %2$s AS size,
				       %3$s AS job, count(*)
				%4$s
				 GROUP BY GROUPING SETS ((%1$s), (%2$s), (%3$s))
				 ORDER BY count(*) DESC, 3, 4, 5""".formatted(Dimension.INDUSTRY.expression,
				Dimension.SIZE_BAND.expression, Dimension.JOB_CATEGORY.expression, CONFIRMED_PLACEMENTS))
			.param("hub", hubId)
			.param("from", Date.valueOf(year.start()))
			.param("to", Date.valueOf(year.end()))
			.query((rs, n) -> {
				Dimension d = rs.getInt(1) == 0 ? Dimension.INDUSTRY
						: rs.getInt(2) == 0 ? Dimension.SIZE_BAND : Dimension.JOB_CATEGORY;
				String key = rs.getString(d == Dimension.INDUSTRY ? 3 : d == Dimension.SIZE_BAND ? 4 : 5);
				return Map.entry(d, new Share(key, rs.getInt(6)));
			})
			.list()
			.forEach(e -> shares.get(e.getKey()).add(e.getValue()));
		return shares;
	}

	/**
	 * Confirmed placements with contract dates in [from, to), oldest first, optionally
	 * only those of one key of a breakdown (the drill-down): one query. {@code yearStart}
	 * is the first day of the fiscal year of the period.
	 */
	List<PlacementRow> placements(long hubId, String hubPrefecture, LocalDate from, LocalDate to, Dimension dimension,
			String key) {
		return placements(hubId, hubPrefecture, from, to, dimension, key, false);
	}

	/**
	 * As {@link #placements(long, String, LocalDate, LocalDate, Dimension, String)}; with
	 * {@code withNotJoined} the placements whose talent did not join are listed too (the
	 * monthly report shows them, marked as not counted).
	 */
	List<PlacementRow> placements(long hubId, String hubPrefecture, LocalDate from, LocalDate to, Dimension dimension,
			String key, boolean withNotJoined) {
		String filter = dimension == null ? "" : " AND " + dimension.expression + " = :key";
		var statement = jdbc
			.sql("""
					SELECT p.id, p.contract_date, co.id, co.name, co.industry, %s, n.job_category, p.employment_form,
					       a.name, p.residence_before_pref, p.residence_before_muni, p.residence_after_pref,
					       p.residence_after_muni, p.fee, n.digital, coalesce(%s, false), %s, co.prior_side_job_use,
					       p.joined, p.joined_on
					%s
					  JOIN kpi_agency a ON a.id = p.agency_id AND a.hub_id = p.hub_id
					%s %s
					 ORDER BY p.contract_date, p.id""".formatted(SIZE_BAND, FINANCIAL, SIDE_JOB_NEW_COMPANY,
					PLACEMENT_JOINS, withNotJoined ? CONFIRMED_ANY_IN_PERIOD : CONFIRMED_IN_PERIOD, filter))
			.param("hub", hubId)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.param("yearStart", Date.valueOf(FiscalYear.of(from).start()));
		if (dimension != null) {
			statement = statement.param("key", key);
		}
		return statement.query((rs, n) -> row(rs, hubPrefecture)).list();
	}

	private static PlacementRow row(ResultSet rs, String hubPrefecture) throws SQLException {
		String before = rs.getString(10);
		String after = rs.getString(12);
		long fee = rs.getLong(14);
		Long feeOrNull = rs.wasNull() ? null : fee;
		boolean prior = rs.getBoolean(18);
		Boolean priorOrNull = rs.wasNull() ? null : prior;
		return new PlacementRow(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getLong(3), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), before,
				rs.getString(11), after, rs.getString(13), feeOrNull, rs.getBoolean(15), rs.getBoolean(16),
				rs.getBoolean(17), priorOrNull, UijTurn.of(hubPrefecture, before, after), rs.getString(19),
				rs.getObject(20, LocalDate.class));
	}

	/**
	 * Consultations dated in [from, to) by management issue (a consultation with two
	 * issues counts under each): the new ones and all including follow-ups. One query.
	 */
	List<IssueCount> consultationsByIssue(long hubId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT issue, count(*) FILTER (WHERE follow_up_of IS NULL), count(*)
				  FROM kpi_consultation, unnest(issues) AS issue
				 WHERE hub_id = :hub AND consulted_on >= :from AND consulted_on < :to
				 GROUP BY issue
				 ORDER BY count(*) DESC, issue""")
			.param("hub", hubId)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, n) -> new IssueCount(rs.getString(1), rs.getInt(2), rs.getInt(3)))
			.list();
	}

}
