package jp.kyoten.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.platform.RecordNotFoundException;

/**
 * Reads a hub's scorecard for a roadmap: its KPIs with the three years' targets, the
 * computed actuals from {@link ScorecardFigures} and the entered ones of the manual KPIs.
 * Two queries and the sources the KPIs need.
 */
@Service
@Transactional(readOnly = true)
class Scorecards {

	/** A KPI as stored, before its actuals are found. */
	record Stored(long id, int firstYear, Perspective perspective, String name, KpiMeasure measure, KpiUnit unit,
			List<BigDecimal> targets) {
	}

	private static final String SELECT = """
			SELECT id, first_year, perspective, name, measure, unit, target1, target2, target3
			  FROM finance_scorecard_kpi""";

	private final JdbcClient jdbc;

	private final ScorecardFigures figures;

	Scorecards(JdbcClient jdbc, ScorecardFigures figures) {
		this.jdbc = jdbc;
		this.figures = figures;
	}

	Scorecard of(int firstYear) {
		List<Stored> kpis = jdbc.sql(SELECT + " WHERE first_year = ? ORDER BY perspective, position, id")
			.param(firstYear)
			.query(Scorecards::stored)
			.list();
		Map<Long, BigDecimal[]> entered = new HashMap<>();
		jdbc.sql("""
				SELECT a.kpi_id, a.fiscal_year, a.value FROM finance_scorecard_actual a
				  JOIN finance_scorecard_kpi k ON k.id = a.kpi_id WHERE k.first_year = ?""")
			.param(firstYear)
			.query(rs -> {
				int i = rs.getInt(2) - firstYear;
				if (i >= 0 && i < 3) {
					entered.computeIfAbsent(rs.getLong(1), k -> new BigDecimal[3])[i] = rs.getBigDecimal(3);
				}
			});
		List<ScorecardFigures.Year> years = IntStream.range(0, 3).mapToObj(i -> figures.year(firstYear + i)).toList();
		Map<Perspective, List<ScorecardKpi>> groups = new EnumMap<>(Perspective.class);
		Arrays.stream(Perspective.values()).forEach(p -> groups.put(p, new ArrayList<>()));
		for (Stored k : kpis) {
			BigDecimal[] manual = entered.getOrDefault(k.id(), new BigDecimal[3]);
			List<BigDecimal> actuals = IntStream.range(0, 3)
				.mapToObj(i -> k.measure().computed() ? years.get(i).of(k.measure()) : manual[i])
				.toList();
			groups.get(k.perspective())
				.add(new ScorecardKpi(k.id(), k.perspective(), k.name(), k.measure(), k.unit(), k.targets(),
						Arrays.asList(actuals.toArray(BigDecimal[]::new))));
		}
		return new Scorecard(firstYear, List.of(firstYear, firstYear + 1, firstYear + 2),
				groups.entrySet()
					.stream()
					.map(e -> new Scorecard.Group(e.getKey(), List.copyOf(e.getValue())))
					.toList());
	}

	/**
	 * The roadmap a year belongs to: the latest one with KPIs that started at most two
	 * years before it, else one starting that year.
	 */
	int roadmapOf(int fiscalYear) {
		return jdbc.sql("""
				SELECT coalesce(max(first_year), ?) FROM finance_scorecard_kpi WHERE first_year BETWEEN ? AND ?""")
			.params(fiscalYear, fiscalYear - 2, fiscalYear)
			.query(Integer.class)
			.single();
	}

	/**
	 * @throws RecordNotFoundException for another hub's KPI
	 */
	Stored get(long id) {
		return jdbc.sql(SELECT + " WHERE id = ?")
			.param(id)
			.query(Scorecards::stored)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("finance_scorecard_kpi", id));
	}

	private static Stored stored(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Stored(rs.getLong(1), rs.getInt(2), Perspective.valueOf(rs.getString(3)), rs.getString(4),
				KpiMeasure.valueOf(rs.getString(5)), KpiUnit.valueOf(rs.getString(6)),
				Arrays.asList(rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9)));
	}

}
