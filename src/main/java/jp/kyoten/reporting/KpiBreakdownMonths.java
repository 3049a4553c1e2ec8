package jp.kyoten.reporting;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.activity.ActivityCounts;
import jp.kyoten.events.EventCounts;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.time.HubTime;

/**
 * What the reporting module publishes of its funnel and breakdowns, month by month, for
 * the hub in scope: the counts a body above the hubs adds up (the national survey, seed
 * 003, reads the hubs as a funnel 集客 → 相談 → 取り繋ぎ → 成約 and breaks placements down by
 * industry, company size and job category; seed 000 §5(1)⑤ asks for UIJ turns; seed 001
 * §3(4) and 002 §2(2)⑥ for the events' satisfaction). Every count is a count by the rules
 * of {@link Kpis} (the dashboard's), read from the {@code kpi_*} views and the events
 * module's published {@link EventCounts} (ADR 210); nothing here names a company or a
 * person.
 */
@Service
@Transactional(readOnly = true)
public class KpiBreakdownMonths {

	/** What a count is broken down by. */
	public enum Dimension {

		/**
		 * The funnel (seed 003; {@link Kpis#funnel}'s stages, month by month): keys
		 * {@link #REACHED}, {@link #CONSULTED}, {@link #NEEDS}, {@link #HANDED_OFF},
		 * {@link #PLACED}, and 収入 {@link #INCOME} (yen) with the placements behind it
		 * {@link #INCOME_PLACEMENTS}.
		 */
		FUNNEL,
		/**
		 * Placements of KPI 2 by the company's JSIC major division (A–T; {@code -}
		 * unknown).
		 */
		INDUSTRY,
		/**
		 * Placements of KPI 2 by the company's size band (DOMAIN.md: 5人以下 … 非公開・不明;
		 * {@code SizeBand}).
		 */
		SIZE_BAND,
		/**
		 * Placements of KPI 2 by the need's job category (DOMAIN.md job category codes).
		 */
		JOB_CATEGORY,
		/** Placements of KPI 2 by UIJ turn ({@link UijTurn}: U_I, J, NONE, UNKNOWN). */
		UIJ_TURN,
		/**
		 * The companies' survey answers of the events starting in the month
		 * ({@link #ANSWERS}) and the two best of five among them ({@link #TOP_TWO}): 満足度
		 * = TOP_TWO ÷ ANSWERS (seed 001 §3, DOMAIN.md "Event figures").
		 */
		SATISFACTION,
		/**
		 * A METI talent programme's monthly figures (seed 001 §3(4), the 実績報告's; counted
		 * only for hubs of kind TALENT_PROGRAMME): 訪問した企業数 {@link #VISITED} and 情報取得企業数
		 * {@link #NEEDS_LEARNED} (the activity module's {@code ActivityCounts.outreach}:
		 * distinct companies in the month), the month's events {@link #EVENTS}, their
		 * participants {@link #PEOPLE} (checked in) and participant companies
		 * {@link #COMPANIES} (延べ: once per event attended), offers {@link #OFFERS}, and
		 * of the matching events their participant companies {@link #MATCHING_COMPANIES}
		 * and offers {@link #MATCHING_OFFERS} (内定率 = offers ÷ participant companies,
		 * DOMAIN.md), all by the events module's {@code EventCounts}.
		 */
		PROGRAMME

	}

	public static final String VISITED = "VISITED";

	public static final String NEEDS_LEARNED = "NEEDS_LEARNED";

	public static final String EVENTS = "EVENTS";

	public static final String PEOPLE = "PEOPLE";

	public static final String COMPANIES = "COMPANIES";

	public static final String OFFERS = "OFFERS";

	public static final String MATCHING_COMPANIES = "MATCHING_COMPANIES";

	public static final String MATCHING_OFFERS = "MATCHING_OFFERS";

	/**
	 * 集客: companies first reached in the fiscal year in this month (by a consultation or
	 * at an event).
	 */
	public static final String REACHED = "REACHED";

	/** 相談: new consultations (KPI 1). */
	public static final String CONSULTED = "CONSULTED";

	/** ニーズ: talent needs recorded (Japan date). */
	public static final String NEEDS = "NEEDS";

	/** 取り繋ぎ: hand-offs, one per agency the company chose, by the day it chose. */
	public static final String HANDED_OFF = "HANDED_OFF";

	/** 成約: placements of KPI 2. */
	public static final String PLACED = "PLACED";

	/**
	 * 収入: the yen due to the hub from the month's confirmed placements its agency fee
	 * agreements cover (seed 003: the funnel's last stage 収入, its 財務 KPI 手数料 in 万円 — the
	 * kick-back an agency pays per placement; the finance module's published
	 * {@code kpi_income}, the rule of its 収入 page). A sum of yen, not a count.
	 */
	public static final String INCOME = "INCOME";

	/**
	 * The placements behind {@link #INCOME} with a fee due: a body above the hubs
	 * suppresses the sum of 1 or 2.
	 */
	public static final String INCOME_PLACEMENTS = "INCOME_PLACEMENTS";

	public static final String ANSWERS = "ANSWERS";

	public static final String TOP_TWO = "TOP_TWO";

	/** One count: of the month, of one key of one dimension. Zero counts are left out. */
	public record Cell(YearMonth month, Dimension dimension, String key, int count) {
	}

	private final JdbcClient jdbc;

	private final EventCounts events;

	private final ActivityCounts activity;

	private final Hubs hubs;

	KpiBreakdownMonths(JdbcClient jdbc, EventCounts events, ActivityCounts activity, Hubs hubs) {
		this.jdbc = jdbc;
		this.events = events;
		this.activity = activity;
		this.hubs = hubs;
	}

	/**
	 * April to March of {@code fiscalYear} for the hub in scope: the funnel's stages, the
	 * placements by industry, size, job category and UIJ turn, and the events' survey
	 * answers, per month. Five queries and the events module's.
	 * <p>
	 * 集客 is counted in the month of the company's first contact of the year, so that the
	 * months of a year add up to the year's distinct companies (the dashboard's 集客,
	 * {@link Kpis#funnel}); the other stages and the breakdowns count rows, so months add
	 * up as they are.
	 */
	public List<Cell> of(long hubId, int fiscalYear) {
		FiscalYear year = new FiscalYear(fiscalYear);
		List<Cell> cells = new ArrayList<>();
		funnel(hubId, year, cells);
		placements(hubId, year, cells);
		uijTurns(hubId, year, cells);
		List<EventCounts.EventSummary> held = events.events(year.start(), year.end());
		satisfaction(held, cells);
		if (hubs.kindOf(hubId) == HubKind.TALENT_PROGRAMME) {
			programme(hubId, year, held, cells);
		}
		return cells;
	}

	/**
	 * The funnel of {@link Kpis#funnel} by month, and its 収入 (finance's
	 * {@code kpi_income}): one query.
	 */
	private void funnel(long hubId, FiscalYear year, List<Cell> cells) {
		jdbc.sql("""
				SELECT 'REACHED', date_trunc('month', first_day)::date, count(*) FROM (
				  SELECT company_id, min(day) AS first_day FROM (
				    SELECT company_id, consulted_on AS day FROM kpi_consultation
				     WHERE hub_id = :hub AND consulted_on >= :from AND consulted_on < :to
				    UNION ALL
				    SELECT company_id, event_day FROM event_participant
				     WHERE hub_id = :hub AND event_day >= :from AND event_day < :to
				       AND participant_type = 'COMPANY' AND company_id IS NOT NULL) AS contact
				   GROUP BY company_id) AS reached
				 GROUP BY 2
				UNION ALL
				SELECT 'CONSULTED', date_trunc('month', consulted_on)::date, count(*) FROM kpi_consultation
				 WHERE hub_id = :hub AND consulted_on >= :from AND consulted_on < :to AND follow_up_of IS NULL
				 GROUP BY 2
				UNION ALL
				SELECT 'NEEDS', date_trunc('month', created_at AT TIME ZONE 'Asia/Tokyo')::date, count(*) FROM kpi_need
				 WHERE hub_id = :hub AND created_at >= :fromInstant AND created_at < :toInstant
				 GROUP BY 2
				UNION ALL
				SELECT 'HANDED_OFF', date_trunc('month', chosen_on)::date, count(*) FROM kpi_handoff
				 WHERE hub_id = :hub AND chosen_on >= :from AND chosen_on < :to
				 GROUP BY 2
				UNION ALL
				SELECT 'PLACED', date_trunc('month', contract_date)::date, count(*) FROM kpi_placement
				 WHERE hub_id = :hub AND confirmed AND contract_date >= :from AND contract_date < :to
				   AND joined IS DISTINCT FROM 'NOT_JOINED'
				 GROUP BY 2
				UNION ALL
				SELECT 'INCOME', date_trunc('month', contract_date)::date, sum(due) FROM kpi_income
				 WHERE hub_id = :hub AND contract_date >= :from AND contract_date < :to
				 GROUP BY 2
				UNION ALL
				SELECT 'INCOME_PLACEMENTS', date_trunc('month', contract_date)::date, count(*) FROM kpi_income
				 WHERE hub_id = :hub AND contract_date >= :from AND contract_date < :to AND due > 0
				 GROUP BY 2""")
			.param("hub", hubId)
			.param("from", Date.valueOf(year.start()))
			.param("to", Date.valueOf(year.end()))
			.param("fromInstant", Timestamp.from(year.start().atStartOfDay(HubTime.ZONE).toInstant()))
			.param("toInstant", Timestamp.from(year.end().atStartOfDay(HubTime.ZONE).toInstant()))
			.query((rs, n) -> new Cell(YearMonth.from(rs.getDate(2).toLocalDate()), Dimension.FUNNEL, rs.getString(1),
					// a hub's month of fees is far below 2^31 yen; saturate rather than
					// wrap should one ever not be
					(int) Math.min(Integer.MAX_VALUE, rs.getLong(3))))
			.list()
			.stream()
			.filter(c -> c.count() > 0)
			.forEach(cells::add);
	}

	/**
	 * KPI 2's placements by month and industry, size band, job category
	 * ({@link Kpis#breakdowns}): one query.
	 */
	private void placements(long hubId, FiscalYear year, List<Cell> cells) {
		jdbc.sql("""
				SELECT (%5$s)::date AS m, GROUPING(%1$s) AS not_industry,
				       GROUPING(%2$s) AS not_size, %1$s AS industry, %2$s AS size, %3$s AS job, count(*)
				%4$s
				 GROUP BY GROUPING SETS ((%5$s, %1$s), (%5$s, %2$s), (%5$s, %3$s))""".formatted(
				Kpis.Dimension.INDUSTRY.expression, Kpis.Dimension.SIZE_BAND.expression,
				Kpis.Dimension.JOB_CATEGORY.expression, Kpis.CONFIRMED_PLACEMENTS,
				"date_trunc('month', p.contract_date)"))
			.param("hub", hubId)
			.param("from", Date.valueOf(year.start()))
			.param("to", Date.valueOf(year.end()))
			.query((rs, n) -> {
				YearMonth month = YearMonth.from(rs.getDate(1).toLocalDate());
				if (rs.getInt(2) == 0) {
					return new Cell(month, Dimension.INDUSTRY, rs.getString(4), rs.getInt(7));
				}
				if (rs.getInt(3) == 0) {
					return new Cell(month, Dimension.SIZE_BAND, rs.getString(5), rs.getInt(7));
				}
				return new Cell(month, Dimension.JOB_CATEGORY, rs.getString(6), rs.getInt(7));
			})
			.list()
			.forEach(cells::add);
	}

	/**
	 * KPI 2's placements by month and UIJ turn: the residences before and after, grouped
	 * in SQL, turned into {@link UijTurn} by its one rule against the hub's prefecture.
	 * One query.
	 */
	private void uijTurns(long hubId, FiscalYear year, List<Cell> cells) {
		String prefecture = hubs.get(hubId).getPrefectureCode();
		Map<YearMonth, Map<UijTurn, Integer>> turns = new TreeMap<>();
		jdbc.sql("""
				SELECT date_trunc('month', p.contract_date)::date, p.residence_before_pref, p.residence_after_pref,
				       count(*)
				%s
				 GROUP BY 1, 2, 3""".formatted(Kpis.CONFIRMED_PLACEMENTS))
			.param("hub", hubId)
			.param("from", Date.valueOf(year.start()))
			.param("to", Date.valueOf(year.end()))
			.query((rs, n) -> turns.computeIfAbsent(YearMonth.from(rs.getDate(1).toLocalDate()), k -> new TreeMap<>())
				.merge(UijTurn.of(prefecture, rs.getString(2), rs.getString(3)), rs.getInt(4), Integer::sum))
			.list();
		turns.forEach((month, byTurn) -> byTurn
			.forEach((turn, count) -> cells.add(new Cell(month, Dimension.UIJ_TURN, turn.name(), count))));
	}

	/**
	 * The companies' answers of the month's events and the two best among them (the
	 * events module's counting).
	 */
	private void satisfaction(List<EventCounts.EventSummary> held, List<Cell> cells) {
		Map<YearMonth, int[]> byMonth = new TreeMap<>();
		for (EventCounts.EventSummary e : held) {
			int[] sums = byMonth.computeIfAbsent(YearMonth.from(e.day()), k -> new int[2]);
			sums[0] += e.companyAnswers();
			sums[1] += e.companyTopTwo();
		}
		byMonth.forEach((month, sums) -> {
			if (sums[0] > 0) {
				cells.add(new Cell(month, Dimension.SATISFACTION, ANSWERS, sums[0]));
			}
			if (sums[1] > 0) {
				cells.add(new Cell(month, Dimension.SATISFACTION, TOP_TWO, sums[1]));
			}
		});
	}

	/**
	 * The programme's figures of each month gone: twelve outreach queries at most, the
	 * events already read.
	 */
	private void programme(long hubId, FiscalYear year, List<EventCounts.EventSummary> held, List<Cell> cells) {
		YearMonth last = YearMonth.now(HubTime.ZONE);
		for (YearMonth month : year.months()) {
			if (month.isAfter(last)) {
				break;
			}
			ActivityCounts.OutreachCounts o = activity.outreach(hubId, month.atDay(1), month.plusMonths(1).atDay(1));
			add(cells, month, VISITED, o.visitedCompanies());
			add(cells, month, NEEDS_LEARNED, o.needsLearnedCompanies());
		}
		Map<YearMonth, int[]> byMonth = new TreeMap<>();
		for (EventCounts.EventSummary e : held) {
			int[] sums = byMonth.computeIfAbsent(YearMonth.from(e.day()), k -> new int[6]);
			// 開催した回数: events held (or reported), not those still planned
			if ("HELD".equals(e.state()) || "REPORTED".equals(e.state())) {
				sums[0]++;
			}
			sums[1] += e.people();
			sums[2] += e.companies();
			sums[3] += e.offers();
			if ("MATCHING".equals(e.kind())) {
				sums[4] += e.companies();
				sums[5] += e.offers();
			}
		}
		byMonth.forEach((month, sums) -> {
			add(cells, month, EVENTS, sums[0]);
			add(cells, month, PEOPLE, sums[1]);
			add(cells, month, COMPANIES, sums[2]);
			add(cells, month, OFFERS, sums[3]);
			add(cells, month, MATCHING_COMPANIES, sums[4]);
			add(cells, month, MATCHING_OFFERS, sums[5]);
		});
	}

	private static void add(List<Cell> cells, YearMonth month, String key, int count) {
		if (count > 0) {
			cells.add(new Cell(month, Dimension.PROGRAMME, key, count));
		}
	}

}
