package jp.kyoten.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.hub.Hubs;
import jp.kyoten.hub.Kpi;
import jp.kyoten.platform.tenancy.ReadsReplica;

/**
 * What the dashboard shows for the hub in scope and one fiscal year; the queries are
 * those of {@link Kpis}.
 */
@Service
@Transactional(readOnly = true)
@ReadsReplica
class Dashboard {

	record View(FiscalYear year, LocalDate today, List<KpiProgress> kpis, Map<YearMonth, KpiFigures> monthly,
			Kpis.Funnel funnel, Map<Kpis.Dimension, List<Kpis.Share>> breakdowns) {
	}

	private final Kpis kpis;

	private final Hubs hubs;

	Dashboard(Kpis kpis, Hubs hubs) {
		this.kpis = kpis;
		this.hubs = hubs;
	}

	/** The KPIs of the year against target and the pace of {@code today}. */
	List<KpiProgress> progress(long hubId, FiscalYear year, Map<YearMonth, KpiFigures> monthly, LocalDate today) {
		KpiFigures total = Kpis.total(monthly);
		Map<Kpi, Integer> targets = hubs.targets(hubId, year.year());
		double elapsed = year.elapsed(today);
		return Arrays.stream(Kpi.values()).map(k -> KpiProgress.of(k, total.get(k), targets.get(k), elapsed)).toList();
	}

	View of(long hubId, FiscalYear year, LocalDate today) {
		Map<YearMonth, KpiFigures> monthly = kpis.monthly(hubId, year);
		return new View(year, today, progress(hubId, year, monthly, today), monthly, kpis.funnel(hubId, year),
				kpis.breakdowns(hubId, year));
	}

	/** Just the KPIs and targets (the API). */
	List<KpiProgress> kpis(long hubId, FiscalYear year, LocalDate today) {
		return progress(hubId, year, kpis.monthly(hubId, year), today);
	}

}
