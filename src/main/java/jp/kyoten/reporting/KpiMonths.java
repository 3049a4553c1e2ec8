package jp.kyoten.reporting;

import java.time.YearMonth;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the reporting module publishes of its KPI counting: the five KPIs of each month of
 * a fiscal year for the hub in scope, by exactly the rules of {@link Kpis#monthly} (the
 * dashboard's and the monthly report's), so that a body above the hubs adds up the very
 * numbers the hub reports.
 */
@Service
@Transactional(readOnly = true)
public class KpiMonths {

	private final Kpis kpis;

	KpiMonths(Kpis kpis) {
		this.kpis = kpis;
	}

	/**
	 * April to March of {@code fiscalYear}: month → its five KPIs (months without
	 * anything are zero).
	 */
	public Map<YearMonth, KpiFigures> of(long hubId, int fiscalYear) {
		return kpis.monthly(hubId, new FiscalYear(fiscalYear));
	}

}
