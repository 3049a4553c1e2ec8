package jp.kyoten.national;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.directory.SizeBand;
import jp.kyoten.platform.tenancy.ReadsReplica;
import jp.kyoten.platform.work.JobCategory;
import jp.kyoten.reporting.KpiBreakdownMonths;
import jp.kyoten.reporting.KpiBreakdownMonths.Dimension;

/**
 * The funnel and breakdowns a body reads (issue 14 item 3; seed 003 compares hubs by
 * funnel and by industry, company size and job category): for each overseen hub, and
 * added up by block and nation, April to the month shown and the month alone. Every count
 * comes from {@code national_hub_figure}, written by each hub with the reporting module's
 * published counting ({@link KpiBreakdownMonths}, whose javadoc cites each rule):
 * <ul>
 * <li>集客 ({@code REACHED}): companies reached by a consultation or at an event, each once
 * a fiscal year, in the month of its first contact (seed 003 集客 = セミナー参加企業 and 相談企業; the
 * dashboard's funnel);
 * <li>相談 ({@code CONSULTED}): new consultations, KPI 1 (seed 000 §6 ①);
 * <li>ニーズ, 取り繋ぎ ({@code NEEDS}, {@code HANDED_OFF}): needs recorded, hand-offs by the day
 * the company chose (seed 000 §5(1)③);
 * <li>成約 ({@code PLACED}) and the breakdowns by industry (JSIC), size band, job category
 * and UIJ turn: placements of KPI 2 (seed 000 §6 ②, §5(1)⑤ UIJ);
 * <li>満足度: the two best of five among the participant companies' answers of the events
 * (seed 001 §3: 上位2段階の割合).
 * </ul>
 * Small cells: a count of 1 or 2 is 「3未満」 wherever it is shown, in a hub's row and,
 * unlike the KPI table's totals, in a block's or the nation's too (a breakdown by job
 * category can single out one hire even nationally); a satisfaction share is withheld
 * unless its answers are shown.
 */
@Service
@Transactional(readOnly = true)
@ReadsReplica
public class NationalBreakdowns {

	/** A count for the month shown and for April to that month. */
	public record Cell(Count month, Count yearToDate) {

		static final Cell ZERO = new Cell(Count.exact(0), Count.exact(0));

	}

	/** A dimension's key and its label. */
	public record Key(String key, String label) {
	}

	/** One hub's or area's counts: dimension → key → cell. */
	public record Counts(Map<Dimension, Map<String, Cell>> cells) {

		public Cell get(Dimension dimension, String key) {
			return cells.getOrDefault(dimension, Map.of()).getOrDefault(key, Cell.ZERO);
		}

		/**
		 * 満足度 of April to the month in percent, one decimal; null without shown answers.
		 */
		public Double satisfaction() {
			Count answers = get(Dimension.SATISFACTION, KpiBreakdownMonths.ANSWERS).yearToDate();
			Count topTwo = get(Dimension.SATISFACTION, KpiBreakdownMonths.TOP_TWO).yearToDate();
			if (answers.suppressed() || answers.value() == 0) {
				return null;
			}
			int top = topTwo.suppressed() ? 0 : topTwo.value();
			// a suppressed top-two count of 1–2 is given away by an exact share: withhold
			// the share then too
			return topTwo.suppressed() ? null : Math.round(top * 1000.0 / answers.value()) / 10.0;
		}

		/**
		 * 内定率 of the matching events, April to the month, in percent (offers ÷
		 * participant companies, DOMAIN.md); null unless both counts are shown.
		 */
		public Double offerRate() {
			Count companies = get(Dimension.PROGRAMME, KpiBreakdownMonths.MATCHING_COMPANIES).yearToDate();
			Count offers = get(Dimension.PROGRAMME, KpiBreakdownMonths.MATCHING_OFFERS).yearToDate();
			if (companies.suppressed() || offers.suppressed() || companies.value() == 0) {
				return null;
			}
			return Math.round(offers.value() * 1000.0 / companies.value()) / 10.0;
		}

	}

	/** The programme figures shown, in the 実績報告's order (seed 001 §3(4)). */
	public static final List<String> PROGRAMME_KEYS = List.of(KpiBreakdownMonths.VISITED,
			KpiBreakdownMonths.NEEDS_LEARNED, KpiBreakdownMonths.EVENTS, KpiBreakdownMonths.PEOPLE,
			KpiBreakdownMonths.COMPANIES, KpiBreakdownMonths.OFFERS);

	public record HubRow(OverseenHub hub, Counts counts) {
	}

	public record AreaRow(String label, int hubs, Counts counts) {
	}

	public record Table(NationalBody body, int fiscalYear, YearMonth month, Map<Dimension, List<Key>> keys,
			List<HubRow> hubs, List<AreaRow> blocks, AreaRow nation) {
	}

	/**
	 * The funnel's stages in their order (seed 003: 集客 → 相談 → 取り繋ぎ → 成約 → 収入; ニーズ
	 * between, as the dashboard). 収入 is yen (the finance module's {@code kpi_income}: 手数料
	 * due from the placements, see {@link KpiBreakdownMonths#INCOME}).
	 */
	static final List<String> FUNNEL = List.of(KpiBreakdownMonths.REACHED, KpiBreakdownMonths.CONSULTED,
			KpiBreakdownMonths.NEEDS, KpiBreakdownMonths.HANDED_OFF, KpiBreakdownMonths.PLACED,
			KpiBreakdownMonths.INCOME);

	/** The dimensions a placement is broken down by, in the page's order. */
	public static final List<Dimension> PLACEMENT_DIMENSIONS = List.of(Dimension.INDUSTRY, Dimension.SIZE_BAND,
			Dimension.JOB_CATEGORY, Dimension.UIJ_TURN);

	private final JdbcClient jdbc;

	private final NationalBodies bodies;

	private final MessageSource messages;

	NationalBreakdowns(JdbcClient jdbc, NationalBodies bodies, MessageSource messages) {
		this.jdbc = jdbc;
		this.bodies = bodies;
		this.messages = messages;
	}

	/**
	 * Every overseen hub (optionally of one kind and one block) for {@code month} and
	 * April to it. One query.
	 */
	public Table of(NationalBody body, YearMonth month, String kind, Block block) {
		bodies.enter(body);
		int fiscalYear = NationalFigures.fiscalYearOf(month);
		List<OverseenHub> overseen = bodies.hubsOf(body)
			.stream()
			.filter(h -> kind == null || h.kind().equals(kind))
			.filter(h -> block == null || h.block() == block)
			.toList();
		// hub → dimension → key → {month, April to month}
		Map<Long, Map<Dimension, Map<String, int[]>>> raw = new HashMap<>();
		jdbc.sql("""
				SELECT hub_id, dimension, key, sum(value) FILTER (WHERE month = ?), sum(value)
				  FROM national_hub_figure WHERE month >= ? AND month <= ?
				 GROUP BY hub_id, dimension, key""")
			.params(Date.valueOf(month.atDay(1)), Date.valueOf(YearMonth.of(fiscalYear, 4).atDay(1)),
					Date.valueOf(month.atDay(1)))
			.query((rs, n) -> raw.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Dimension.class))
				.computeIfAbsent(Dimension.valueOf(rs.getString(2)), k -> new HashMap<>())
				.put(rs.getString(3), new int[] { rs.getInt(4), rs.getInt(5) }))
			.list();
		Map<Dimension, TreeSet<String>> present = new EnumMap<>(Dimension.class);
		List<HubRow> rows = new ArrayList<>();
		Map<Block, Map<Dimension, Map<String, int[]>>> blockSums = new LinkedHashMap<>();
		Map<Block, Integer> blockHubs = new HashMap<>();
		Map<Dimension, Map<String, int[]>> nationSums = new EnumMap<>(Dimension.class);
		for (OverseenHub hub : overseen) {
			Map<Dimension, Map<String, int[]>> own = raw.getOrDefault(hub.id(), Map.of());
			own.forEach((d, byKey) -> present.computeIfAbsent(d, k -> new TreeSet<>()).addAll(byKey.keySet()));
			rows.add(new HubRow(hub, counts(own)));
			add(blockSums.computeIfAbsent(hub.block(), b -> new EnumMap<>(Dimension.class)), own);
			add(nationSums, own);
			blockHubs.merge(hub.block(), 1, Integer::sum);
		}
		List<AreaRow> blocks = Arrays.stream(Block.values())
			.filter(blockSums::containsKey)
			.map(b -> new AreaRow(b.label(), blockHubs.get(b), counts(blockSums.get(b))))
			.toList();
		AreaRow nation = new AreaRow("全国", overseen.size(), counts(nationSums));
		return new Table(body, fiscalYear, month, keys(present), rows, blocks, nation);
	}

	/**
	 * Every cell suppressible (see the class comment). 収入 is a sum of yen: it is withheld
	 * where the placements behind it are 1 or 2 (one company's fee could be read off it),
	 * shown as it is otherwise.
	 */
	static Counts counts(Map<Dimension, Map<String, int[]>> sums) {
		Map<Dimension, Map<String, Cell>> cells = new EnumMap<>(Dimension.class);
		sums.forEach((d, byKey) -> {
			Map<String, Cell> m = new HashMap<>();
			byKey.forEach((key, v) -> {
				if (d == Dimension.FUNNEL && key.equals(KpiBreakdownMonths.INCOME)) {
					int[] behind = byKey.getOrDefault(KpiBreakdownMonths.INCOME_PLACEMENTS, new int[2]);
					m.put(key, new Cell(yen(v[0], behind[0]), yen(v[1], behind[1])));
				}
				else {
					m.put(key, new Cell(Count.suppressible(v[0]), Count.suppressible(v[1])));
				}
			});
			cells.put(d, m);
		});
		return new Counts(cells);
	}

	private static Count yen(int sum, int placements) {
		return Count.suppressible(placements).suppressed() ? new Count(null, true) : Count.exact(sum);
	}

	private static void add(Map<Dimension, Map<String, int[]>> into, Map<Dimension, Map<String, int[]>> from) {
		from.forEach((d, byKey) -> byKey.forEach((key, v) -> {
			int[] sum = into.computeIfAbsent(d, k -> new HashMap<>()).computeIfAbsent(key, k -> new int[2]);
			sum[0] += v[0];
			sum[1] += v[1];
		}));
	}

	/** The keys each dimension shows, in their natural order, with their labels. */
	private Map<Dimension, List<Key>> keys(Map<Dimension, TreeSet<String>> present) {
		Map<Dimension, List<Key>> keys = new EnumMap<>(Dimension.class);
		keys.put(Dimension.FUNNEL, FUNNEL.stream().map(k -> key(Dimension.FUNNEL, k)).toList());
		keys.put(Dimension.UIJ_TURN,
				List.of("U_I", "J", "NONE", "UNKNOWN").stream().map(k -> key(Dimension.UIJ_TURN, k)).toList());
		keys.put(Dimension.SATISFACTION,
				List.of(KpiBreakdownMonths.ANSWERS, KpiBreakdownMonths.TOP_TWO)
					.stream()
					.map(k -> key(Dimension.SATISFACTION, k))
					.toList());
		keys.put(Dimension.PROGRAMME, PROGRAMME_KEYS.stream().map(k -> key(Dimension.PROGRAMME, k)).toList());
		keys.put(Dimension.INDUSTRY,
				sorted(present.get(Dimension.INDUSTRY), Comparator.comparing((String k) -> k.equals("-") ? "~" : k))
					.stream()
					.map(k -> key(Dimension.INDUSTRY, k))
					.toList());
		keys.put(Dimension.SIZE_BAND,
				sorted(present.get(Dimension.SIZE_BAND), Comparator.comparing(k -> ordinal(SizeBand.class, k))).stream()
					.map(k -> key(Dimension.SIZE_BAND, k))
					.toList());
		keys.put(Dimension.JOB_CATEGORY,
				sorted(present.get(Dimension.JOB_CATEGORY), Comparator.comparing(k -> ordinal(JobCategory.class, k)))
					.stream()
					.map(k -> key(Dimension.JOB_CATEGORY, k))
					.toList());
		return keys;
	}

	private static List<String> sorted(TreeSet<String> keys, Comparator<String> order) {
		return keys == null ? List.of() : keys.stream().sorted(order).toList();
	}

	private static <E extends Enum<E>> int ordinal(Class<E> type, String name) {
		return Arrays.stream(type.getEnumConstants())
			.filter(e -> e.name().equals(name))
			.mapToInt(Enum::ordinal)
			.findFirst()
			.orElse(Integer.MAX_VALUE);
	}

	Key key(Dimension d, String key) {
		String code = switch (d) {
			case FUNNEL -> "national.funnel." + key;
			case INDUSTRY -> key.equals("-") ? "report.industry.unknown" : "company.industry." + key;
			case SIZE_BAND -> "company.sizeBand." + key;
			case JOB_CATEGORY -> "jobCategory." + key;
			case UIJ_TURN -> "uij." + key;
			case SATISFACTION -> "national.satisfaction." + key;
			case PROGRAMME -> "national.programme." + key;
		};
		return new Key(key, messages.getMessage(code, null, key, Locale.JAPANESE));
	}

	/** The dimension's heading. */
	public String label(Dimension d) {
		return messages.getMessage("national.dimension." + d.name(), null, d.name(), Locale.JAPANESE);
	}

}
