package jp.kyoten.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.kyoten.hub.Kpi;
import jp.kyoten.platform.tenancy.HubScope;

/** The caller's hub's KPIs for a fiscal year, with the targets the manager set. */
@RestController
@RequestMapping("/api/v1/kpis")
@PreAuthorize(ReportingRoles.DASHBOARD)
@Tag(name = "kpis", description = "KPIs (成果指標) of the caller's hub per fiscal year (April–March)")
class KpisApiController {

	private final Clock clock;

	/** {@code target} is null when the manager has set none for the year. */
	record KpiValue(int actual, Integer target) {
	}

	/**
	 * The five named KPIs are the Pro hub's (null for other hub kinds);
	 * {@code indicators} is the set of the hub's kind, each with its code, unit (COUNT or
	 * PERCENT), actual and target.
	 */
	record KpisResponse(int fiscalYear, String hubKind, KpiValue consultations, KpiValue placements,
			KpiValue digitalPlacements, KpiValue bankReferredPlacements, KpiValue newSideJobCompanyPlacements,
			List<IndicatorSets.IndicatorValue> indicators) {
	}

	private final Dashboard dashboard;

	private final IndicatorSets indicators;

	KpisApiController(Dashboard dashboard, IndicatorSets indicators, Clock clock) {
		this.clock = clock;
		this.dashboard = dashboard;
		this.indicators = indicators;
	}

	@GetMapping
	@Operation(
			summary = "The indicator set of the hub's kind for a fiscal year; for a Pro hub the five KPIs (default: the current one) against their targets: new "
					+ "consultations, confirmed placements by contract date, of which digital, referred by a financial "
					+ "institution, and side-job placements at companies new to side-job talent")
	KpisResponse kpis(@Parameter(description = "年度, e.g. 2026 = 1 April 2026 – 31 March 2027") @RequestParam(
			required = false) Integer fiscalYear) {
		FiscalYear year = fiscalYear == null ? FiscalYear.current(clock) : new FiscalYear(fiscalYear);
		LocalDate today = LocalDate.now(clock);
		IndicatorSets.IndicatorSet set = indicators.of(HubScope.require(), year, today);
		if (!"PRO_TALENT".equals(set.hubKind())) {
			return new KpisResponse(year.year(), set.hubKind(), null, null, null, null, null, set.indicators());
		}
		List<KpiProgress> kpis = dashboard.kpis(HubScope.require(), year, today);
		return new KpisResponse(year.year(), set.hubKind(), value(kpis, Kpi.CONSULTATIONS), value(kpis, Kpi.PLACEMENTS),
				value(kpis, Kpi.DIGITAL_PLACEMENTS), value(kpis, Kpi.FINANCIAL_REFERRAL_PLACEMENTS),
				value(kpis, Kpi.SIDE_JOB_NEW_COMPANY_PLACEMENTS), set.indicators());
	}

	private static KpiValue value(List<KpiProgress> kpis, Kpi kpi) {
		KpiProgress p = kpis.get(kpi.ordinal());
		return new KpiValue(p.actual(), p.target());
	}

}
