package jp.kyoten.national;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Kpi;
import jp.kyoten.hub.Prefectures;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.reporting.KpiBreakdownMonths;
import jp.kyoten.reporting.ReportDownloads;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national pages: the month's submissions, the all-hubs KPI table, a prefecture's
 * hubs month by month, and their exports. Every page reads for the signed-in user's body,
 * and only figures.
 */
@Controller
@RequestMapping("/national")
@PreAuthorize(NationalRoles.READERS)
class NationalController {

	private final NationalBodies bodies;

	private final NationalFigures figures;

	private final NationalSubmissions submissions;

	private final NationalExports exports;

	private final NationalBreakdowns breakdowns;

	private final ReportDownloads downloads;

	private final Clock clock;

	private final JsonMapper json;

	NationalController(NationalBodies bodies, NationalFigures figures, NationalSubmissions submissions,
			NationalExports exports, NationalBreakdowns breakdowns, ReportDownloads downloads, Clock clock,
			JsonMapper json) {
		this.json = json;
		this.breakdowns = breakdowns;
		this.bodies = bodies;
		this.figures = figures;
		this.submissions = submissions;
		this.exports = exports;
		this.downloads = downloads;
		this.clock = clock;
	}

	@GetMapping
	String home() {
		return "redirect:/national/kpis";
	}

	@GetMapping("/kpis")
	String kpis(@RequestParam(required = false) String month, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String region, @RequestParam(required = false) String rank, Model model) {
		NationalFigures.KpiTable table = table(month, kind, region);
		Kpi rankedBy = NationalParams.kpi(rank);
		java.util.List<NationalFigures.PrefectureKpis> ranked = table.rankedBy(rankedBy);
		model.addAttribute("rank", rankedBy);
		model.addAttribute("ranked", ranked);
		model.addAttribute("rankingJson", rankingJson(ranked, rankedBy));
		model.addAttribute("table", table);
		model.addAttribute("kpis", Kpi.values());
		model.addAttribute("kind", NationalParams.kind(kind));
		model.addAttribute("region", NationalParams.block(region));
		model.addAttribute("kinds", HubKind.values());
		model.addAttribute("regions", Block.values());
		model.addAttribute("prefectures",
				figures.prefectures(table.body())
					.stream()
					.map(code -> new Prefectures.Prefecture(code, Prefectures.name(code)))
					.toList());
		java.util.List<NationalFigures.AreaKpis> areas = new java.util.ArrayList<>(table.blocks());
		areas.add(table.nation());
		model.addAttribute("areas", areas);
		model.addAttribute("elapsedPercent", Math.round(table.elapsed() * 1000) / 10.0);
		return "national/kpis";
	}

	@GetMapping("/kpis/export")
	ResponseEntity<byte[]> kpisExport(@RequestParam(required = false) String month,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String region,
			@RequestParam(defaultValue = "xlsx") String format, @RequestParam(required = false) String charset) {
		NationalFigures.KpiTable table = table(month, kind, region);
		return downloads.file(exports.kpiTable(table), "national-kpis-" + table.month(), "全拠点KPI", format, charset,
				"national_kpis", table.body().code() + " " + table.month());
	}

	/**
	 * The funnel and the placements' breakdowns of every overseen hub, by block and
	 * nation (counts only).
	 */
	@GetMapping("/breakdowns")
	String breakdowns(@RequestParam(required = false) String month, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String region, Model model) {
		NationalBreakdowns.Table table = breakdownTable(month, kind, region);
		model.addAttribute("t", table);
		model.addAttribute("funnel", KpiBreakdownMonths.Dimension.FUNNEL);
		model.addAttribute("satisfaction", KpiBreakdownMonths.Dimension.SATISFACTION);
		model.addAttribute("dimensions", NationalBreakdowns.PLACEMENT_DIMENSIONS);
		model.addAttribute("dimensionLabels", NationalBreakdowns.PLACEMENT_DIMENSIONS.stream()
			.collect(java.util.stream.Collectors.toMap(d -> d, breakdowns::label)));
		model.addAttribute("kind", NationalParams.kind(kind));
		model.addAttribute("region", NationalParams.block(region));
		model.addAttribute("kinds", HubKind.values());
		model.addAttribute("regions", Block.values());
		java.util.List<NationalBreakdowns.AreaRow> areas = new java.util.ArrayList<>(table.blocks());
		areas.add(table.nation());
		model.addAttribute("areas", areas);
		return "national/breakdowns";
	}

	@GetMapping("/breakdowns/export")
	ResponseEntity<byte[]> breakdownsExport(@RequestParam(required = false) String month,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String region,
			@RequestParam(defaultValue = "xlsx") String format, @RequestParam(required = false) String charset) {
		NationalBreakdowns.Table table = breakdownTable(month, kind, region);
		return downloads.file(exports.breakdowns(table, breakdowns), "national-breakdowns-" + table.month(), "ファネルと内訳",
				format, charset, "national_breakdowns", table.body().code() + " " + table.month());
	}

	private NationalBreakdowns.Table breakdownTable(String month, String kind, String region) {
		return breakdowns.of(bodies.current(), month(month), NationalParams.kind(kind), NationalParams.block(region));
	}

	@GetMapping("/prefectures/{code}")
	String prefecture(@PathVariable String code, @RequestParam(required = false) Integer fiscalYear, Model model) {
		NationalFigures.PrefectureFigures p = prefectureFigures(code, fiscalYear);
		model.addAttribute("p", p);
		model.addAttribute("kpis", Kpi.values());
		return "national/prefecture";
	}

	@GetMapping("/prefectures/{code}/export")
	ResponseEntity<byte[]> prefectureExport(@PathVariable String code,
			@RequestParam(required = false) Integer fiscalYear, @RequestParam(defaultValue = "xlsx") String format,
			@RequestParam(required = false) String charset) {
		NationalFigures.PrefectureFigures p = prefectureFigures(code, fiscalYear);
		return downloads.file(exports.prefecture(p), "national-prefecture-" + code + "-" + p.fiscalYear(),
				p.prefectureName(), format, charset, "national_prefecture", code + " " + p.fiscalYear());
	}

	@GetMapping("/submissions")
	String submissions(@RequestParam(required = false) String month, Model model) {
		NationalSubmissions.Month s = submissions.of(bodies.current(), month(month));
		model.addAttribute("s", s);
		model.addAttribute("previous", s.month().minusMonths(1));
		model.addAttribute("next", s.month().plusMonths(1));
		return "national/submissions";
	}

	@GetMapping("/submissions/export")
	ResponseEntity<byte[]> submissionsExport(@RequestParam(required = false) String month,
			@RequestParam(defaultValue = "xlsx") String format, @RequestParam(required = false) String charset) {
		NationalSubmissions.Month s = submissions.of(bodies.current(), month(month));
		return downloads.file(exports.submissions(s), "national-submissions-" + s.month(), "提出状況", format, charset,
				"national_submissions", s.body().code() + " " + s.month());
	}

	/**
	 * The ranked bars' data for the page's data- attribute (the CSP allows no inline
	 * script): a suppressed prefecture has no value, only its 「3未満」 label, so the chart
	 * draws no bar a reader could measure.
	 */
	private String rankingJson(java.util.List<NationalFigures.PrefectureKpis> ranked, Kpi kpi) {
		java.util.List<java.util.Map<String, Object>> bars = ranked.stream().map(p -> {
			Count c = p.cell(kpi).yearToDate();
			java.util.Map<String, Object> bar = new java.util.LinkedHashMap<>();
			bar.put("code", p.prefectureCode());
			bar.put("label", p.prefectureName());
			bar.put("value", c.value());
			bar.put("shown", String.valueOf(c.shown()));
			return bar;
		}).toList();
		return json.writeValueAsString(bars);
	}

	private NationalFigures.KpiTable table(String month, String kind, String region) {
		return figures.kpiTable(bodies.current(), month(month), NationalParams.kind(kind),
				NationalParams.block(region));
	}

	private NationalFigures.PrefectureFigures prefectureFigures(String code, Integer fiscalYear) {
		NationalBody body = bodies.current();
		if (!Prefectures.isValid(code) || !figures.prefectures(body).contains(code)) {
			throw new RecordNotFoundException("prefecture", code);
		}
		return figures.prefecture(body, code, fiscalYear(fiscalYear));
	}

	private YearMonth month(String value) {
		return NationalParams.month(value, clock);
	}

	private int fiscalYear(Integer value) {
		return NationalParams.fiscalYear(value, clock);
	}

}
