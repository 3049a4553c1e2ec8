package jp.kyoten.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import jp.kyoten.activity.ActivityCounts;
import jp.kyoten.events.EventCounts;
import jp.kyoten.matching.Joining;
import jp.kyoten.matching.PlacementFilter;
import jp.kyoten.matching.PlacementView;
import jp.kyoten.matching.Placements;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.work.EmploymentForm;

/**
 * The actuals of the computed scorecard KPIs of one fiscal year, from Kyoten's own data:
 * the hub's income and funders (this module), placements (matching's {@link Placements}),
 * consultations and visits (activity's {@link ActivityCounts}) and seminars (events'
 * {@link EventCounts}) — each through the module's published type. A year that has not
 * begun has no actual. One instance answers one page: each source is read once per year.
 */
@Component
class ScorecardFigures {

	private static final int PAGE = 500;

	private static final List<String> SEMINAR_KINDS = List.of("SEMINAR", "MINI_SEMINAR");

	private final HubIncome income;

	private final Funders funders;

	private final Placements placements;

	private final ActivityCounts activity;

	private final EventCounts events;

	private final Clock clock;

	ScorecardFigures(HubIncome income, Funders funders, Placements placements, ActivityCounts activity,
			EventCounts events, Clock clock) {
		this.income = income;
		this.funders = funders;
		this.placements = placements;
		this.activity = activity;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Answers the measures of the years asked, reading each source at most once per year.
	 */
	Year year(int fiscalYear) {
		return new Year(fiscalYear);
	}

	final class Year {

		private final int fiscalYear;

		private final LocalDate from;

		private final LocalDate to;

		private final Map<String, Object> read = new HashMap<>();

		private Year(int fiscalYear) {
			this.fiscalYear = fiscalYear;
			this.from = LocalDate.of(fiscalYear, 4, 1);
			this.to = from.plusYears(1);
		}

		/**
		 * The actual of a computed measure; null for a manual one, or a year that has not
		 * begun.
		 */
		BigDecimal of(KpiMeasure measure) {
			if (!measure.computed() || from.isAfter(LocalDate.now(clock))) {
				return null;
			}
			return BigDecimal.valueOf(switch (measure) {
				// seed 003 財務「手数料」: the hub's fee income — every agreement's rule applied
				// to the placements staff
				// confirmed with a contract date in the year (HubIncome, the 収入 stage of
				// the funnel), due whether or
				// not invoiced yet
				case FEE_INCOME -> incomeDue();
				// seed 003 財務「外部資金獲得（寄付）（出資）」: money received from funders, by the day it
				// arrived
				case FUNDS_RECEIVED -> funderFigures().received();
				// seed 003 顧客「寄付者 8者」「出資者 3者」: distinct funders with money received in
				// the year
				case CONTRIBUTORS -> funderFigures().contributors();
				// seed 003 業務プロセス「訪問リスト作成 50件」: funders put on the year's list, whatever
				// stage they reached
				case FUNDER_LIST -> funderFigures().listed();
				// seed 003 顧客「アポイントメント 25件」: funders moved to アポ on a day of the year
				case FUNDER_APPOINTMENTS -> funderFigures().appointments();
				// seed 003 顧客「面談 25件」: funders moved to 面談 on a day of the year
				case FUNDER_MEETINGS -> funderFigures().meetings();
				// seed 003 顧客「成約」, counted as KPI 2 of seed 000 §6: confirmed placements
				// with a contract date in the
				// year whose talent is not known to have not joined; a side-job placement
				// counts 1
				case PLACEMENTS -> placementCounts().total();
				// as PLACEMENTS, employment form 常勤・正社員 (seed 003「常勤 5件」)
				case FULL_TIME_PLACEMENTS -> placementCounts().fullTime();
				// as PLACEMENTS, employment form 副業・兼業 (seed 003「副業 10件」)
				case SIDE_JOB_PLACEMENTS -> placementCounts().sideJob();
				// seed 003 顧客「相談」: every consultation dated in the year, follow-ups
				// included (延べ, ActivityCounts)
				case CONSULTATIONS -> consultationCounts().consultations();
				// seed 003 顧客「地銀経由」「信金信組経由」「他機関トスアップ」: consultations a support
				// institution referred
				// to the hub (ActivityCounts 連携支援), any kind of institution
				case INSTITUTION_CONSULTATIONS -> consultationCounts().jointSupport();
				// seed 003 業務プロセス「セミナー…×6回」, 成果指標「セミナー開催数」: seminars and mini-seminars
				// held
				// (開催済・報告済) starting in the year
				case SEMINARS_HELD -> seminarsHeld();
				// seed 003 業務プロセス「セミナー60社 10社×6回」, 成果指標「セミナー参加企業数」: 延べ participant
				// companies
				// of the year's seminars and mini-seminars — a company once per seminar
				// someone of it attended
				case SEMINAR_COMPANIES -> seminarTotals().companyAttendances();
				// METI 実績報告「訪問した企業数」(seed 001 §3(4)): distinct companies with a visit
				// dated in the year
				case VISITED_COMPANIES -> activity.outreach(HubScope.require(), from, to).visitedCompanies();
				case MANUAL -> throw new IllegalStateException("a manual measure is entered");
			});
		}

		private long incomeDue() {
			return (Long) read.computeIfAbsent("income", k -> income.of(fiscalYear).due());
		}

		private Funders.Figures funderFigures() {
			return (Funders.Figures) read.computeIfAbsent("funders", k -> funders.figures(fiscalYear));
		}

		private ActivityCounts.ConsultationCounts consultationCounts() {
			return (ActivityCounts.ConsultationCounts) read.computeIfAbsent("consultations",
					k -> activity.consultations(HubScope.require(), from, to));
		}

		private EventCounts.Totals seminarTotals() {
			return (EventCounts.Totals) read.computeIfAbsent("seminars", k -> events.totals(from, to, SEMINAR_KINDS));
		}

		private int seminarsHeld() {
			return (Integer) read.computeIfAbsent("held",
					k -> events.byKind(from, to)
						.values()
						.stream()
						.filter(c -> SEMINAR_KINDS.contains(c.kind()))
						.mapToInt(EventCounts.KindCount::held)
						.sum());
		}

		private PlacementCounts placementCounts() {
			return (PlacementCounts) read.computeIfAbsent("placements", k -> countPlacements());
		}

		/**
		 * Pages through the year's confirmed placements (500 at a time) and counts them
		 * by employment form.
		 */
		private PlacementCounts countPlacements() {
			int total = 0;
			int fullTime = 0;
			int sideJob = 0;
			Pageable page = PageRequest.of(0, PAGE);
			Page<PlacementView> confirmed;
			do {
				confirmed = placements.list(new PlacementFilter(from, to.minusDays(1), true, null, null), page);
				for (PlacementView p : confirmed) {
					if (p.joined() == Joining.NOT_JOINED) {
						continue;
					}
					total++;
					fullTime += p.employmentForm() == EmploymentForm.FULL_TIME ? 1 : 0;
					sideJob += p.employmentForm() == EmploymentForm.SIDE_JOB ? 1 : 0;
				}
				page = page.next();
			}
			while (confirmed.hasNext());
			return new PlacementCounts(total, fullTime, sideJob);
		}

	}

	private record PlacementCounts(int total, int fullTime, int sideJob) {
	}

}
