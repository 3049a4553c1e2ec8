package jp.kyoten.national;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.kyoten.hub.Kpi;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.reporting.KpiBreakdownMonths;

/**
 * The national figures for machines: every hub the caller's body oversees, its five KPIs
 * against target, and the month's submissions. Counts, dates and versions only; a cell of
 * 1–2 is {@code {"value": null, "suppressed": true}}.
 */
@RestController
@RequestMapping("/api/v1/national")
@PreAuthorize(NationalRoles.READERS)
@Tag(name = "national", description = "Figures of every hub the caller's national body oversees (aggregates only)")
class NationalApiController {

	record KpiValue(Count month, Count yearToDate, Integer target, Double achievement, Double paceRate) {
	}

	record HubKpisJson(long hubId, String hubName, String hubKind, String prefectureCode, String region,
			Map<Kpi, KpiValue> kpis) {
	}

	record AreaJson(String area, int hubs, Map<Kpi, KpiValue> kpis) {
	}

	record KpisResponse(String body, int fiscalYear, String month, List<HubKpisJson> hubs, List<AreaJson> regions,
			AreaJson nation) {
	}

	record VersionJson(int version, Instant submittedAt, boolean correction) {
	}

	record SubmissionJson(long hubId, String hubName, String hubKind, String prefectureCode, String report,
			LocalDate due, String status, boolean late, Instant firstSubmittedAt, List<VersionJson> versions) {
	}

	record SubmissionsResponse(String body, String month, long submitted, long late, List<SubmissionJson> hubs) {
	}

	record KeyCount(String key, Count month, Count yearToDate) {
	}

	record HubBreakdownJson(long hubId, String hubName, String hubKind, String prefectureCode, String region,
			Map<KpiBreakdownMonths.Dimension, List<KeyCount>> counts, Double satisfaction) {
	}

	record AreaBreakdownJson(String area, int hubs, Map<KpiBreakdownMonths.Dimension, List<KeyCount>> counts,
			Double satisfaction) {
	}

	record BreakdownsResponse(String body, int fiscalYear, String month, List<HubBreakdownJson> hubs,
			List<AreaBreakdownJson> regions, AreaBreakdownJson nation) {
	}

	private final NationalBodies bodies;

	private final NationalBreakdowns breakdowns;

	private final NationalFigures figures;

	private final NationalSubmissions submissions;

	private final java.time.Clock clock;

	NationalApiController(NationalBodies bodies, NationalFigures figures, NationalSubmissions submissions,
			NationalBreakdowns breakdowns, java.time.Clock clock) {
		this.breakdowns = breakdowns;
		this.bodies = bodies;
		this.figures = figures;
		this.submissions = submissions;
		this.clock = clock;
	}

	@GetMapping("/kpis")
	@Operation(summary = "The five KPIs of every overseen hub for the fiscal year to date (and its last month shown) "
			+ "against target and pace, with the sums by region and for the nation")
	KpisResponse kpis(
			@Parameter(description = "年度, e.g. 2026; default the current one") @RequestParam(
					required = false) Integer fiscalYear,
			@Parameter(description = "PRO_TALENT, YOROZU or TALENT_PROGRAMME") @RequestParam(
					required = false) String kind,
			@Parameter(
					description = "HOKKAIDO, TOHOKU, KANTO, CHUBU, KINKI, CHUGOKU, SHIKOKU, KYUSHU, OKINAWA") @RequestParam(
							required = false) String region,
			@Parameter(
					description = "the month, e.g. 2026-11; default the fiscal year's last month gone") @RequestParam(
							required = false) String month) {
		java.time.YearMonth shown = shown(fiscalYear, month);
		NationalFigures.KpiTable t = figures.kpiTable(bodies.current(), shown, NationalParams.kind(kind),
				NationalParams.block(region));
		return new KpisResponse(t.body().name(), t.fiscalYear(), t.month().toString(),
				t.hubs()
					.stream()
					.map(h -> new HubKpisJson(h.hub().id(), h.hub().name(), h.hub().kind(), h.hub().prefectureCode(),
							h.hub().block().name(), values(h.kpis())))
					.toList(),
				t.blocks().stream().map(a -> new AreaJson(a.label(), a.hubs(), values(a.kpis()))).toList(),
				new AreaJson(t.nation().label(), t.nation().hubs(), values(t.nation().kpis())));
	}

	@GetMapping("/breakdowns")
	@Operation(summary = "The funnel (集客 → 相談 → ニーズ → 取り繋ぎ → 成約), the placements by industry, size band, job "
			+ "category and UIJ turn, and the events' satisfaction of every overseen hub, for the month and the fiscal "
			+ "year to it, with the sums by region and for the nation; a count of 1–2 is suppressed")
	BreakdownsResponse breakdowns(
			@Parameter(description = "年度, e.g. 2026; default the current one") @RequestParam(
					required = false) Integer fiscalYear,
			@Parameter(description = "PRO_TALENT, YOROZU or TALENT_PROGRAMME") @RequestParam(
					required = false) String kind,
			@Parameter(description = "HOKKAIDO … OKINAWA") @RequestParam(required = false) String region,
			@Parameter(
					description = "the month, e.g. 2026-11; default the fiscal year's last month gone") @RequestParam(
							required = false) String month) {
		NationalBreakdowns.Table t = breakdowns.of(bodies.current(), shown(fiscalYear, month),
				NationalParams.kind(kind), NationalParams.block(region));
		return new BreakdownsResponse(t.body().name(), t.fiscalYear(), t.month().toString(), t.hubs()
			.stream()
			.map(h -> new HubBreakdownJson(h.hub().id(), h.hub().name(), h.hub().kind(), h.hub().prefectureCode(),
					h.hub().block().name(), counts(t, h.counts()), h.counts().satisfaction()))
			.toList(),
				t.blocks()
					.stream()
					.map(a -> new AreaBreakdownJson(a.label(), a.hubs(), counts(t, a.counts()),
							a.counts().satisfaction()))
					.toList(),
				new AreaBreakdownJson(t.nation().label(), t.nation().hubs(), counts(t, t.nation().counts()),
						t.nation().counts().satisfaction()));
	}

	private static Map<KpiBreakdownMonths.Dimension, List<KeyCount>> counts(NationalBreakdowns.Table t,
			NationalBreakdowns.Counts c) {
		Map<KpiBreakdownMonths.Dimension, List<KeyCount>> m = new LinkedHashMap<>();
		t.keys().forEach((d, keys) -> m.put(d, keys.stream().map(k -> {
			NationalBreakdowns.Cell cell = c.get(d, k.key());
			return new KeyCount(k.key(), cell.month(), cell.yearToDate());
		}).toList()));
		return m;
	}

	/**
	 * The month asked for, or the fiscal year's last month gone (its April before the
	 * year, March after it).
	 */
	private java.time.YearMonth shown(Integer fiscalYear, String month) {
		java.time.YearMonth shown;
		if (month != null) {
			shown = NationalParams.month(month, clock);
		}
		else {
			int year = NationalParams.fiscalYear(fiscalYear, clock);
			java.time.YearMonth last = NationalParams.month(null, clock);
			java.time.YearMonth march = java.time.YearMonth.of(year + 1, 3);
			java.time.YearMonth april = java.time.YearMonth.of(year, 4);
			shown = last.isAfter(march) ? march : last.isBefore(april) ? april : last;
		}
		if (fiscalYear != null && NationalFigures.fiscalYearOf(shown) != fiscalYear) {
			throw new RecordNotFoundException("month of fiscal year", month);
		}
		return shown;
	}

	@GetMapping("/submissions")
	@Operation(summary = "Which overseen hubs submitted the month's report, when, in which versions (a correction is a "
			+ "later version), and which are late")
	SubmissionsResponse submissions(
			@Parameter(description = "the reported month, e.g. 2026-11; default last month") @RequestParam(
					required = false) String month) {
		NationalSubmissions.Month s = submissions.of(bodies.current(), NationalParams.month(month, clock));
		return new SubmissionsResponse(s.body().name(), s.month().toString(), s.submitted(), s.late(),
				s.rows()
					.stream()
					.map(r -> new SubmissionJson(r.hub().id(), r.hub().name(), r.hub().kind(), r.hub().prefectureCode(),
							r.reportKind(), r.due(), r.status().name(), r.late(), r.firstSubmittedAt(),
							r.versions()
								.stream()
								.map(v -> new VersionJson(v.version(), v.submittedAt(), v.correction()))
								.toList()))
					.toList());
	}

	private static Map<Kpi, KpiValue> values(List<NationalFigures.KpiCell> cells) {
		Map<Kpi, KpiValue> m = new LinkedHashMap<>();
		cells.forEach(c -> m.put(c.kpi(),
				new KpiValue(c.month(), c.yearToDate(), c.target(), c.achievement(), c.paceRate())));
		return m;
	}

}
