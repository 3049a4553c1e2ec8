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

/**
 * The national figures for machines: every hub the caller's body oversees, its five KPIs against target, and the
 * month's submissions. Counts, dates and versions only; a cell of 1–2 is {@code {"value": null, "suppressed": true}}.
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

	private final NationalBodies bodies;

	private final NationalFigures figures;

	private final NationalSubmissions submissions;

	private final java.time.Clock clock;

	NationalApiController(NationalBodies bodies, NationalFigures figures, NationalSubmissions submissions,
			java.time.Clock clock) {
		this.bodies = bodies;
		this.figures = figures;
		this.submissions = submissions;
		this.clock = clock;
	}

	@GetMapping("/kpis")
	@Operation(summary = "The five KPIs of every overseen hub for the fiscal year to date (and its last month shown) "
			+ "against target and pace, with the sums by region and for the nation")
	KpisResponse kpis(@Parameter(description = "年度, e.g. 2026; default the current one") @RequestParam(required = false) Integer fiscalYear,
			@Parameter(description = "PRO_TALENT, YOROZU or TALENT_PROGRAMME") @RequestParam(required = false) String kind,
			@Parameter(description = "HOKKAIDO, TOHOKU, KANTO, CHUBU, KINKI, CHUGOKU, SHIKOKU, KYUSHU, OKINAWA") @RequestParam(required = false) String region,
			@Parameter(description = "the month, e.g. 2026-11; default the fiscal year's last month gone") @RequestParam(required = false) String month) {
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

	@GetMapping("/submissions")
	@Operation(summary = "Which overseen hubs submitted the month's report, when, in which versions (a correction is a "
			+ "later version), and which are late")
	SubmissionsResponse submissions(@Parameter(description = "the reported month, e.g. 2026-11; default last month") @RequestParam(required = false) String month) {
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
