package jp.kyoten.national;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.hub.Hubs;
import jp.kyoten.hub.Kpi;
import jp.kyoten.platform.tenancy.ReadsReplica;

/**
 * The figures a body reads: each overseen hub's five KPIs for a month and the fiscal year
 * to that month against its targets and the straight-line pace, added up by block and
 * nation; and a prefecture's hubs month by month. Everything is read from
 * {@code national_hub_month} (counts written by each hub with the reporting module's
 * rules, the monthly report's and dashboard's {@code Kpis.monthly}: 1 相談件数 = new
 * consultations, 2 成約件数 = confirmed placements by contract date whose talent is not known
 * not to have joined, 3 of them digital, 4 of them referred by a financial institution, 5
 * side-job placements at companies new to side-job talent) with the body in scope, so
 * row-level security shows only the hubs it oversees.
 */
@Service
@Transactional(readOnly = true)
@ReadsReplica
public class NationalFigures {

	/**
	 * One KPI of one hub or area: the month, April to the month, the year's target,
	 * achievement and pace.
	 */
	public record KpiCell(Kpi kpi, Count month, Count yearToDate, Integer target, Double achievement, Double paceRate) {
	}

	public record HubKpis(OverseenHub hub, List<KpiCell> kpis) {
	}

	/** A block's or the nation's sums (not suppressed: they add many hubs). */
	public record AreaKpis(String label, int hubs, List<KpiCell> kpis) {
	}

	public record KpiTable(NationalBody body, int fiscalYear, YearMonth month, double elapsed, List<HubKpis> hubs,
			List<AreaKpis> blocks, AreaKpis nation, List<PrefectureKpis> prefectures) {

		/**
		 * The prefectures ranked by one KPI's count from April to the month: the counts
		 * shown first, largest first; then the suppressed ones (1 or 2, 「3未満」) in
		 * prefecture order, so that their place tells nothing their label does not; then
		 * those with none.
		 */
		public List<PrefectureKpis> rankedBy(Kpi kpi) {
			return prefectures.stream()
				.sorted(java.util.Comparator.<PrefectureKpis>comparingInt(p -> p.rankGroup(kpi))
					.thenComparing(p -> -p.cell(kpi).yearToDate().valueOrZero())
					.thenComparing(PrefectureKpis::prefectureCode))
				.toList();
		}
	}

	/**
	 * A prefecture's overseen hubs added up: a prefecture's cell of 1 or 2 is suppressed
	 * as a hub's is.
	 */
	public record PrefectureKpis(String prefectureCode, String prefectureName, int hubs, List<KpiCell> kpis) {

		public KpiCell cell(Kpi kpi) {
			return kpis.get(kpi.ordinal());
		}

		int rankGroup(Kpi kpi) {
			Count c = cell(kpi).yearToDate();
			return c.suppressed() ? 1 : c.value() == 0 ? 2 : 0;
		}
	}

	/** A hub's five KPIs in each month of the year (the drill-down). */
	public record HubMonths(OverseenHub hub, List<YearMonth> months, Map<Kpi, List<Count>> byKpi, Map<Kpi, Count> total,
			Map<Kpi, Integer> targets) {
	}

	public record PrefectureFigures(NationalBody body, String prefectureCode, String prefectureName, int fiscalYear,
			List<HubMonths> hubs) {
	}

	private final JdbcClient jdbc;

	private final NationalBodies bodies;

	private final Hubs hubs;

	private final Clock clock;

	NationalFigures(JdbcClient jdbc, NationalBodies bodies, Hubs hubs, Clock clock) {
		this.jdbc = jdbc;
		this.bodies = bodies;
		this.hubs = hubs;
		this.clock = clock;
	}

	/**
	 * Every overseen hub's KPIs (optionally of one kind and one block) for {@code month}
	 * and the fiscal year to it. Two queries, whatever the number of hubs.
	 */
	public KpiTable kpiTable(NationalBody body, YearMonth month, String kind, Block block) {
		bodies.enter(body);
		int fiscalYear = fiscalYearOf(month);
		List<OverseenHub> overseen = bodies.hubsOf(body)
			.stream()
			.filter(h -> kind == null || h.kind().equals(kind))
			.filter(h -> block == null || h.block() == block)
			.toList();
		Map<Long, Map<YearMonth, int[]>> figures = months(fiscalYear);
		Map<Long, Map<Kpi, Integer>> targets = hubs.targetsOfYear(fiscalYear);
		double elapsed = elapsed(fiscalYear, month);
		List<HubKpis> rows = new ArrayList<>();
		Map<Block, int[][]> blockSums = new LinkedHashMap<>();
		Map<Block, Integer> blockHubs = new HashMap<>();
		Map<Block, int[]> blockTargets = new HashMap<>();
		int[][] nation = new int[2][5];
		int[] nationTargets = new int[5];
		Map<String, int[][]> prefectureSums = new java.util.TreeMap<>();
		Map<String, Integer> prefectureHubs = new HashMap<>();
		Map<String, int[]> prefectureTargets = new HashMap<>();
		for (OverseenHub hub : overseen) {
			Map<YearMonth, int[]> byMonth = figures.getOrDefault(hub.id(), Map.of());
			int[] inMonth = byMonth.getOrDefault(month, new int[5]);
			int[] toDate = new int[5];
			byMonth.forEach((m, v) -> {
				if (!m.isAfter(month)) {
					add(toDate, v);
				}
			});
			Map<Kpi, Integer> hubTargets = targets.getOrDefault(hub.id(), Map.of());
			rows.add(new HubKpis(hub, cells(inMonth, toDate, hubTargets, elapsed, true)));
			int[][] sums = blockSums.computeIfAbsent(hub.block(), b -> new int[2][5]);
			add(sums[0], inMonth);
			add(sums[1], toDate);
			add(nation[0], inMonth);
			add(nation[1], toDate);
			blockHubs.merge(hub.block(), 1, Integer::sum);
			int[][] ps = prefectureSums.computeIfAbsent(hub.prefectureCode(), p -> new int[2][5]);
			add(ps[0], inMonth);
			add(ps[1], toDate);
			prefectureHubs.merge(hub.prefectureCode(), 1, Integer::sum);
			int[] bt = blockTargets.computeIfAbsent(hub.block(), b -> new int[5]);
			int[] pt = prefectureTargets.computeIfAbsent(hub.prefectureCode(), p -> new int[5]);
			for (Kpi k : Kpi.values()) {
				int t = hubTargets.getOrDefault(k, 0);
				bt[k.ordinal()] += t;
				pt[k.ordinal()] += t;
				nationTargets[k.ordinal()] += t;
			}
		}
		List<AreaKpis> blocks = Arrays.stream(Block.values())
			.filter(blockSums::containsKey)
			.map(b -> new AreaKpis(b.label(), blockHubs.get(b),
					cells(blockSums.get(b)[0], blockSums.get(b)[1], targetMap(blockTargets.get(b)), elapsed, false)))
			.toList();
		AreaKpis total = new AreaKpis("全国", overseen.size(),
				cells(nation[0], nation[1], targetMap(nationTargets), elapsed, false));
		List<PrefectureKpis> prefectureRows = prefectureSums.entrySet()
			.stream()
			.map(e -> new PrefectureKpis(e.getKey(), jp.kyoten.hub.Prefectures.name(e.getKey()),
					prefectureHubs.get(e.getKey()),
					cells(e.getValue()[0], e.getValue()[1], targetMap(prefectureTargets.get(e.getKey())), elapsed,
							true)))
			.toList();
		return new KpiTable(body, fiscalYear, month, elapsed, rows, blocks, total, prefectureRows);
	}

	/**
	 * The overseen hubs of one prefecture, month by month through the fiscal year. One
	 * query for the figures.
	 */
	public PrefectureFigures prefecture(NationalBody body, String prefectureCode, int fiscalYear) {
		bodies.enter(body);
		List<OverseenHub> inPrefecture = bodies.hubsOf(body)
			.stream()
			.filter(h -> h.prefectureCode().equals(prefectureCode))
			.toList();
		Map<Long, Map<YearMonth, int[]>> figures = months(fiscalYear);
		Map<Long, Map<Kpi, Integer>> targets = hubs.targetsOfYear(fiscalYear);
		List<YearMonth> months = IntStream.range(0, 12)
			.mapToObj(i -> YearMonth.of(fiscalYear, 4).plusMonths(i))
			.toList();
		List<HubMonths> rows = inPrefecture.stream().map(hub -> {
			Map<YearMonth, int[]> byMonth = figures.getOrDefault(hub.id(), Map.of());
			Map<Kpi, List<Count>> byKpi = new LinkedHashMap<>();
			Map<Kpi, Count> total = new LinkedHashMap<>();
			for (Kpi k : Kpi.values()) {
				byKpi.put(k,
						months.stream()
							.map(m -> Count.suppressible(byMonth.getOrDefault(m, new int[5])[k.ordinal()]))
							.toList());
				total.put(k, Count.suppressible(byMonth.values().stream().mapToInt(v -> v[k.ordinal()]).sum()));
			}
			return new HubMonths(hub, months, byKpi, total, targets.getOrDefault(hub.id(), Map.of()));
		}).toList();
		return new PrefectureFigures(body, prefectureCode, jp.kyoten.hub.Prefectures.name(prefectureCode), fiscalYear,
				rows);
	}

	/** The prefectures the body oversees any hub in. */
	public Set<String> prefectures(NationalBody body) {
		return bodies.hubsOf(body)
			.stream()
			.map(OverseenHub::prefectureCode)
			.collect(Collectors.toCollection(java.util.TreeSet::new));
	}

	/**
	 * hub → month → the five KPIs, for the rows row-level security shows (the body's
	 * hubs).
	 */
	private Map<Long, Map<YearMonth, int[]>> months(int fiscalYear) {
		Map<Long, Map<YearMonth, int[]>> figures = new HashMap<>();
		jdbc.sql("""
				SELECT hub_id, month, consultations, placements, digital_placements, financial_referral_placements,
				       side_job_new_company_placements
				  FROM national_hub_month WHERE month >= ? AND month < ?""")
			.params(Date.valueOf(LocalDate.of(fiscalYear, 4, 1)), Date.valueOf(LocalDate.of(fiscalYear + 1, 4, 1)))
			.query((rs, n) -> figures.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
				.put(YearMonth.from(rs.getDate(2).toLocalDate()),
						new int[] { rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7) }))
			.list();
		return figures;
	}

	private static List<KpiCell> cells(int[] month, int[] toDate, Map<Kpi, Integer> targets, double elapsed,
			boolean suppress) {
		return Arrays.stream(Kpi.values()).map(k -> {
			int actual = toDate[k.ordinal()];
			Count m = suppress ? Count.suppressible(month[k.ordinal()]) : Count.exact(month[k.ordinal()]);
			Count y = suppress ? Count.suppressible(actual) : Count.exact(actual);
			Integer target = targets.get(k);
			// a suppressed count is not given away by its rate either
			boolean hidden = y.suppressed();
			Double achievement = hidden || target == null || target == 0 ? null
					: Math.round(actual * 1000.0 / target) / 10.0;
			double pace = target == null ? 0 : target * elapsed;
			Double paceRate = hidden || pace == 0 ? null : Math.round(actual * 1000.0 / pace) / 10.0;
			return new KpiCell(k, m, y, target, achievement, paceRate);
		}).toList();
	}

	private static Map<Kpi, Integer> targetMap(int[] sums) {
		Map<Kpi, Integer> m = new java.util.EnumMap<>(Kpi.class);
		for (Kpi k : Kpi.values()) {
			if (sums[k.ordinal()] > 0) {
				m.put(k, sums[k.ordinal()]);
			}
		}
		return m;
	}

	private static void add(int[] into, int[] v) {
		for (int i = 0; i < into.length; i++) {
			into[i] += v[i];
		}
	}

	static int fiscalYearOf(YearMonth month) {
		return Hubs.fiscalYearOf(month.atDay(1));
	}

	/**
	 * The share of the fiscal year gone by the end of the month shown (or by today, in
	 * the current month): the straight-line pace the target calls for, as the hub's
	 * dashboard reads it.
	 */
	double elapsed(int fiscalYear, YearMonth month) {
		LocalDate start = LocalDate.of(fiscalYear, 4, 1);
		LocalDate end = start.plusYears(1);
		LocalDate today = LocalDate.now(clock);
		LocalDate upTo = month.atEndOfMonth().isBefore(today) ? month.atEndOfMonth() : today;
		if (upTo.isBefore(start)) {
			return 0;
		}
		if (!upTo.isBefore(end)) {
			return 1;
		}
		return (ChronoUnit.DAYS.between(start, upTo) + 1) / (double) ChronoUnit.DAYS.between(start, end);
	}

}
