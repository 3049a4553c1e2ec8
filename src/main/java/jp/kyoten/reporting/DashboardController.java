package jp.kyoten.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

import jp.kyoten.hub.Hubs;
import jp.kyoten.hub.Kpi;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.web.Feedback;

/**
 * The hub's dashboard for a fiscal year: the KPIs against target and pace, month by month
 * (a chart drawn by {@code /js/dashboard.js} from {@code /dashboard/data.json}: the CSP
 * allows no inline script), the funnel, and the breakdowns of placements, each key
 * linking to the placements behind it.
 */
@Controller
@RequestMapping("/dashboard")
@PreAuthorize(ReportingRoles.DASHBOARD)
class DashboardController {

	private final Clock clock;

	private final Dashboard dashboard;

	private final Kpis kpis;

	private final Hubs hubs;

	private final Feedback feedback;

	private final IndicatorSets indicators;

	private final MonthlyReports reports;

	private final jp.kyoten.talent.MatchingFigures matchingFigures;

	private final DashboardRows rows;

	DashboardController(Dashboard dashboard, Kpis kpis, Hubs hubs, Feedback feedback, IndicatorSets indicators,
			MonthlyReports reports, jp.kyoten.talent.MatchingFigures matchingFigures, DashboardRows rows, Clock clock) {
		this.rows = rows;
		this.matchingFigures = matchingFigures;
		this.clock = clock;
		this.dashboard = dashboard;
		this.kpis = kpis;
		this.hubs = hubs;
		this.feedback = feedback;
		this.indicators = indicators;
		this.reports = reports;
	}

	@GetMapping
	String show(@RequestParam(required = false) Integer fiscalYear, java.util.Locale locale,
			jakarta.servlet.http.HttpServletRequest request, Model model) {
		FiscalYear year = year(fiscalYear);
		Dashboard.View view = dashboard.of(HubScope.require(), year, LocalDate.now(clock));
		model.addAttribute("view", view);
		model.addAttribute("year", year.year());
		model.addAttribute("reiwa", year.reiwa());
		model.addAttribute("elapsed", Math.round(year.elapsed(view.today()) * 1000) / 10.0);
		YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
		model.addAttribute("currentMonth", lastMonth.toString());
		long hubId = HubScope.require();
		jp.kyoten.hub.HubKind kind = hubs.kindOf(hubId);
		model.addAttribute("hubKind", kind.name());
		if (kind == jp.kyoten.hub.HubKind.PRO_TALENT) {
			model.addAttribute("tables", rows.of(view, locale, request.getContextPath(), this::label));
		}
		if (kind != jp.kyoten.hub.HubKind.PRO_TALENT) {
			model.addAttribute("indicatorSet", indicators.of(hubId, year, view.today()));
		}
		if (kind == jp.kyoten.hub.HubKind.TALENT_PROGRAMME) {
			// 実績報告 of last month: due on the 15th of this month
			model.addAttribute("metiMonth", lastMonth.toString());
			model.addAttribute("metiDue", MetiReports.dueOn(lastMonth));
			model.addAttribute("metiSubmitted",
					reports.latest(ReportKind.METI, lastMonth).filter(MonthlyReports.Version::submitted).isPresent());
			// the talent programme's 内定率 per programme, kind and month: the same offers
			// and participant companies
			// as the indicator set above (the talent module's published read model)
			model.addAttribute("figures", matchingFigures.of(year.year(), year.start(), year.end()));
		}
		return "reporting/dashboard";
	}

	/**
	 * The chart's data: labels and one series per KPI by month, and the breakdowns with
	 * their drill-down links.
	 */
	@GetMapping(path = "/data.json", produces = "application/json")
	@ResponseBody
	Map<String, Object> data(@RequestParam(required = false) Integer fiscalYear) {
		FiscalYear year = year(fiscalYear);
		long hubId = HubScope.require();
		Map<YearMonth, KpiFigures> monthly = kpis.monthly(hubId, year);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("labels",
				year.months().stream().map(m -> feedback.say("report.monthLabel", m.getMonthValue())).toList());
		List<Map<String, Object>> series = new ArrayList<>();
		for (Kpi kpi : Kpi.values()) {
			series.add(Map.of("kpi", kpi.name(), "label", feedback.say("kpi." + kpi.name()), "data",
					monthly.values().stream().map(f -> f.get(kpi)).toList()));
		}
		data.put("series", series);
		Map<String, Object> breakdowns = new LinkedHashMap<>();
		kpis.breakdowns(hubId, year)
			.forEach((dimension, shares) -> breakdowns.put(dimension.name(),
					shares.stream()
						.map(s -> Map.of("key", s.key(), "label", label(dimension, s.key()), "count", s.placements(),
								"url", drillDown(year, dimension, s.key())))
						.toList()));
		data.put("breakdowns", breakdowns);
		return data;
	}

	/** The placements behind one key of a breakdown. */
	@GetMapping("/placements")
	String placements(@RequestParam(required = false) Integer fiscalYear, @RequestParam Kpis.Dimension dimension,
			@RequestParam String key, Model model) {
		FiscalYear year = year(fiscalYear);
		long hubId = HubScope.require();
		String prefecture = hubs.get(hubId).getPrefectureCode();
		model.addAttribute("year", year.year());
		model.addAttribute("reiwa", year.reiwa());
		model.addAttribute("dimension", dimension);
		model.addAttribute("label", label(dimension, key));
		model.addAttribute("placements", kpis.placements(hubId, prefecture, year.start(), year.end(), dimension, key));
		return "reporting/placements";
	}

	String label(Kpis.Dimension dimension, String key) {
		return switch (dimension) {
			case INDUSTRY ->
				"-".equals(key) ? feedback.say("report.industry.unknown") : feedback.say("company.industry." + key);
			case SIZE_BAND -> feedback.say("company.sizeBand." + key);
			case JOB_CATEGORY -> feedback.say("jobCategory." + key);
		};
	}

	static String drillDown(FiscalYear year, Kpis.Dimension dimension, String key) {
		return UriComponentsBuilder.fromPath("/dashboard/placements")
			.queryParam("fiscalYear", year.year())
			.queryParam("dimension", dimension.name())
			.queryParam("key", key)
			.build()
			.encode()
			.toUriString();
	}

	private FiscalYear year(Integer fiscalYear) {
		if (fiscalYear == null) {
			return FiscalYear.current(clock);
		}
		if (fiscalYear < 2000 || fiscalYear > 2100) {
			throw new RecordNotFoundException("fiscal year", fiscalYear);
		}
		return new FiscalYear(fiscalYear);
	}

}
