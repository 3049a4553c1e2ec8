package jp.kyoten.national;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.activity.ConsultationRecorded;
import jp.kyoten.hub.Hub;
import jp.kyoten.hub.Hubs;
import jp.kyoten.matching.PlacementConfirmed;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.reporting.KpiFigures;
import jp.kyoten.reporting.KpiMonths;
import jp.kyoten.reporting.ReportSubmissions;
import jp.kyoten.reporting.ReportSubmitted;

/**
 * Writes a hub's figures and submissions where the bodies above it read them, in the hub's own scope (row-level
 * security lets a hub write only its own rows): the five KPIs of every month of the current and the previous fiscal
 * year, counted by the reporting module ({@link KpiMonths}, the same numbers as the hub's dashboard and monthly
 * report), and every submitted version of its reports. It runs after each consultation recorded, placement confirmed
 * and report submitted (after the commit, so that the hub's own work never waits on or fails by it), and every few
 * minutes for every hub, which catches edits and deletions no event announces.
 */
@Component
public class RefreshNationalFigures {

	private static final Logger log = LoggerFactory.getLogger(RefreshNationalFigures.class);

	private final JdbcClient jdbc;

	private final KpiMonths kpis;

	private final ReportSubmissions submissions;

	private final Hubs hubs;

	private final TransactionTemplate tx;

	private final Clock clock;

	RefreshNationalFigures(JdbcClient jdbc, KpiMonths kpis, ReportSubmissions submissions, Hubs hubs,
			TransactionTemplate tx, Clock clock) {
		this.jdbc = jdbc;
		this.kpis = kpis;
		this.submissions = submissions;
		this.hubs = hubs;
		this.tx = tx;
		this.clock = clock;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ConsultationRecorded event) {
		quietly(event.hubId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(PlacementConfirmed event) {
		quietly(event.hubId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ReportSubmitted event) {
		quietly(event.hubId());
	}

	@Scheduled(initialDelayString = "${kyoten.national.refresh-every:PT10M}",
			fixedDelayString = "${kyoten.national.refresh-every:PT10M}")
	void everyFewMinutes() {
		refreshAll();
	}

	/** Every active hub, one after the other. */
	public void refreshAll() {
		for (Hub hub : hubs.all()) {
			if (hub.isActive()) {
				quietly(hub.getId());
			}
		}
	}

	/** One hub's figures and submissions; the hub is put in scope before the transaction borrows its connection. */
	public void refresh(long hubId) {
		int current = Hubs.fiscalYearOf(LocalDate.now(clock));
		refresh(hubId, current - 1, current);
	}

	/** One hub's figures of the fiscal years {@code from} to {@code to} (a back-fill), and its submissions. */
	public void refresh(long hubId, int from, int to) {
		HubScope.runAs(hubId, () -> tx.executeWithoutResult(status -> write(hubId, from, to)));
	}

	private void quietly(long hubId) {
		try {
			refresh(hubId);
		}
		catch (RuntimeException ex) {
			// the next scheduled refresh tries again; the hub's own work has committed already
			log.warn("National figures of hub {} not refreshed: {}", hubId, ex.toString());
		}
	}

	/** Two statements for the figures (one a fiscal year, its twelve months as rows) and one for the submissions. */
	private void write(long hubId, int from, int to) {
		int current = Hubs.fiscalYearOf(LocalDate.now(clock));
		Timestamp now = Timestamp.from(clock.instant());
		for (int year = from; year <= to; year++) {
			Map<YearMonth, KpiFigures> months = kpis.of(hubId, year);
			List<Object> params = new ArrayList<>();
			months.forEach((month, f) -> params.addAll(List.of(hubId, Date.valueOf(month.atDay(1)), f.consultations(),
					f.placements(), f.digitalPlacements(), f.financialReferralPlacements(),
					f.sideJobNewCompanyPlacements(), now)));
			jdbc.sql("""
					INSERT INTO national_hub_month (hub_id, month, consultations, placements, digital_placements,
					       financial_referral_placements, side_job_new_company_placements, refreshed_at)
					VALUES %s
					ON CONFLICT (hub_id, month) DO UPDATE SET consultations = EXCLUDED.consultations,
					       placements = EXCLUDED.placements, digital_placements = EXCLUDED.digital_placements,
					       financial_referral_placements = EXCLUDED.financial_referral_placements,
					       side_job_new_company_placements = EXCLUDED.side_job_new_company_placements,
					       refreshed_at = EXCLUDED.refreshed_at""".formatted(rows(months.size(), 8)))
				.params(params)
				.update();
		}
		List<ReportSubmissions.SubmittedVersion> versions = submissions.submittedSince(YearMonth.of(current - 1, 4));
		if (!versions.isEmpty()) {
			List<Object> params = new ArrayList<>();
			versions.forEach(v -> params.addAll(List.of(hubId, v.kind().name(), Date.valueOf(v.month().atDay(1)),
					v.version(), Timestamp.from(v.submittedAt()))));
			jdbc.sql("INSERT INTO national_submission (hub_id, kind, month, version, submitted_at) VALUES %s "
					.formatted(rows(versions.size(), 5)) + "ON CONFLICT DO NOTHING")
				.params(params)
				.update();
		}
	}

	/** {@code (?, ?, …), (?, ?, …)}: placeholders only, the values go as parameters. */
	private static String rows(int rows, int columns) {
		String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
		return String.join(", ", Collections.nCopies(rows, row));
	}

}
