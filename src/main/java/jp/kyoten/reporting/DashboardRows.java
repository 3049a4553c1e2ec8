package jp.kyoten.reporting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.expression.Numbers;

import jp.kyoten.hub.Kpi;

/**
 * The Pro hub's dashboard tables as the page prints them: the KPI rows with their
 * percentages, pace and badge, the month-by-month table and the breakdowns with their
 * labels and drill-down links, all worked out once from {@link Dashboard.View} (issue 22:
 * the template's per-cell message lookups, number formats and links were most of the
 * page's cost). The texts are the template's former messages and formats, one for one.
 */
@Component
class DashboardRows {

	/**
	 * A KPI against its target: texts as printed; {@code meter} null without an
	 * achievement (no meter drawn).
	 */
	public record KpiRow(String code, String label, int actual, String target, String achievement, Double meter,
			String pace, String badgeClass, String badge) {
	}

	/** A KPI's row of the month-by-month table. */
	public record MonthRow(String label, List<Integer> months) {
	}

	/**
	 * One breakdown (業種, 企業規模, 職種): its caption and the placements per key, each linking
	 * to them.
	 */
	public record Breakdown(String dimension, String caption, List<Share> shares) {
	}

	public record Share(String href, String label, int placements) {
	}

	/** What the PRO_TALENT part of the dashboard prints. */
	public record Tables(List<KpiRow> kpis, List<String> monthHeadings, List<MonthRow> months,
			List<Breakdown> breakdowns) {
	}

	private final MessageSource messages;

	DashboardRows(MessageSource messages) {
		this.messages = messages;
	}

	Tables of(Dashboard.View view, Locale locale, String contextPath,
			java.util.function.BiFunction<Kpis.Dimension, String, String> label) {
		Numbers numbers = new Numbers(locale);
		List<KpiRow> kpis = new ArrayList<>();
		List<MonthRow> months = new ArrayList<>();
		for (KpiProgress k : view.kpis()) {
			String name = message("kpi." + k.kpi().name(), locale);
			Boolean ahead = k.ahead();
			kpis.add(new KpiRow(k.kpi().name(), name, k.actual(), k.target() != null ? k.target().toString() : "—",
					k.achievement() != null ? message("dashboard.percent", locale, k.achievement())
							: message("dashboard.noTarget", locale),
					k.achievement() == null ? null : Math.min(k.achievement(), 100),
					k.pace() != null ? numbers.formatDecimal(k.pace(), 1, 1) : "—",
					ahead == null ? null : ahead ? "badge badge--ok" : "badge badge--warning", ahead == null ? null
							: message(ahead ? "dashboard.ahead" : "dashboard.behind", locale, k.paceRate())));
			months.add(new MonthRow(name, view.monthly().values().stream().map(f -> f.get(k.kpi())).toList()));
		}
		List<String> headings = view.monthly()
			.keySet()
			.stream()
			.map(YearMonth::getMonthValue)
			.map(m -> message("report.monthLabel", locale, m))
			.toList();
		List<Breakdown> breakdowns = new ArrayList<>();
		for (Kpis.Dimension d : Kpis.Dimension.values()) {
			List<Share> shares = view.breakdowns()
				.getOrDefault(d, List.of())
				.stream()
				.map(s -> new Share(contextPath + DashboardController.drillDown(view.year(), d, s.key()),
						label.apply(d, s.key()), s.placements()))
				.toList();
			breakdowns.add(new Breakdown(d.name(), message("dashboard.dimension." + d.name(), locale), shares));
		}
		return new Tables(kpis, headings, months, breakdowns);
	}

	private String message(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, locale);
	}

}
