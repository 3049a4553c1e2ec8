package jp.kyoten.finance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * The budget-against-actual read model: one grouped query over the entries of the year
 * (an index-only scan of {@code finance_entry_year_idx}) and one over the budget. Actual
 * = the sum of entry amounts including tax, reversing entries included (they are
 * negative), by the month of the entry date.
 */
@Service
@Transactional(readOnly = true)
class BudgetAgainstActual {

	static final String ACTUAL_SQL = """
			SELECT category, extract(month FROM entry_date)::int AS month, sum(amount) AS amount
			  FROM finance_entry WHERE hub_id = ? AND fiscal_year = ? GROUP BY category, month""";

	private final JdbcClient jdbc;

	private final Hubs hubs;

	private final Personnel personnel;

	BudgetAgainstActual(JdbcClient jdbc, Hubs hubs, Personnel personnel) {
		this.jdbc = jdbc;
		this.hubs = hubs;
		this.personnel = personnel;
	}

	BudgetReport of(int fiscalYear) {
		Map<ExpenseCategory, long[]> actual = new EnumMap<>(ExpenseCategory.class);
		jdbc.sql(ACTUAL_SQL).params(HubScope.require(), fiscalYear).query(rs -> {
			long[] months = actual.computeIfAbsent(ExpenseCategory.valueOf(rs.getString(1)), c -> new long[12]);
			// April is the first month of the fiscal year
			months[(rs.getInt(2) + 8) % 12] += rs.getLong(3);
		});
		Map<ExpenseCategory, Long> budget = budget(fiscalYear);
		Map<ExpenseCategory, Personnel.Computed> fromWork = personnel.ofYear(fiscalYear, HubScope.require());
		List<ExpenseCategory> categories = new ArrayList<>(ExpenseCategory.of(hubs.kindOf(HubScope.require())));
		// a category outside the hub kind's list still shows when money was booked or
		// budgeted on it
		for (ExpenseCategory c : ExpenseCategory.values()) {
			if (!categories.contains(c)
					&& (actual.containsKey(c) || budget.containsKey(c) || fromWork.containsKey(c))) {
				categories.add(c);
			}
		}
		categories.sort(null);
		List<BudgetLine> lines = categories.stream()
			.map(c -> new BudgetLine(c, budget.getOrDefault(c, 0L),
					java.util.Arrays.stream(actual.getOrDefault(c, new long[12])).boxed().toList(),
					fromWork.containsKey(c) ? fromWork.get(c).cost() : null,
					fromWork.containsKey(c) ? fromWork.get(c).notBooked() : null))
			.toList();
		Map<CostGroup, Long> groups = new EnumMap<>(CostGroup.class);
		lines.forEach(l -> groups.merge(l.category().group(), l.actual(), Long::sum));
		List<RatioCheck> ratios = RatioCheck.of(groups.getOrDefault(CostGroup.PERSONNEL, 0L),
				groups.getOrDefault(CostGroup.PROJECT, 0L), groups.getOrDefault(CostGroup.SUBCONTRACT, 0L),
				groups.getOrDefault(CostGroup.OVERHEAD, 0L));
		return new BudgetReport(fiscalYear, months(fiscalYear), lines, ratios);
	}

	Map<ExpenseCategory, Long> budget(int fiscalYear) {
		Map<ExpenseCategory, Long> budget = new EnumMap<>(ExpenseCategory.class);
		jdbc.sql("SELECT category, amount FROM finance_budget WHERE fiscal_year = ?").param(fiscalYear).query(rs -> {
			budget.put(ExpenseCategory.valueOf(rs.getString(1)), rs.getLong(2));
		});
		return budget;
	}

	static List<YearMonth> months(int fiscalYear) {
		YearMonth april = YearMonth.from(LocalDate.of(fiscalYear, 4, 1));
		return IntStream.range(0, 12).mapToObj(april::plusMonths).toList();
	}

}
