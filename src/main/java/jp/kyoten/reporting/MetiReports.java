package jp.kyoten.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.activity.ActivityCounts;
import jp.kyoten.events.EventCounts;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * The METI 実績報告 of the hub in scope, computed from what the activity and events modules
 * publish; its versions are kept and frozen exactly as the monthly report's
 * ({@link MonthlyReports}, kind {@link ReportKind#METI}).
 */
@Service
@Transactional(readOnly = true)
class MetiReports {

	/** 翌月15日までに報告 (seed 001 §3(4)). */
	static final int DUE_DAY = 15;

	private final ActivityCounts activity;

	private final EventCounts events;

	private final Hubs hubs;

	MetiReports(ActivityCounts activity, EventCounts events, Hubs hubs) {
		this.activity = activity;
		this.events = events;
		this.hubs = hubs;
	}

	static LocalDate dueOn(YearMonth month) {
		return month.plusMonths(1).atDay(DUE_DAY);
	}

	MetiReportData compute(YearMonth month, int version, String notes, Instant submittedAt, String submittedBy) {
		long hubId = HubScope.require();
		LocalDate from = month.atDay(1);
		LocalDate to = month.plusMonths(1).atDay(1);
		ActivityCounts.OutreachCounts outreach = activity.outreach(hubId, from, to);
		List<EventCounts.EventSummary> summaries = events.events(from, to);
		// 参加人材 (seed 002 §2(2)⑥ イベントごとの参加人材数, seed 001 §3(4) 参加者数): as the events module
		// counts them, which
		// at a matching event is the talent programme's count
		// (MatchingFigures#participantTalent through
		// events.ParticipantTalentCount, ADR 246): the registrations of type TALENT
		// checked in and the pool's
		// participant talent who came, each person once; they are participants (参加者数) too
		List<MetiReportData.EventResult> results = summaries.stream()
			.map(e -> new MetiReportData.EventResult(e.eventId(), e.day(), e.kind(), e.title(), e.companies(),
					e.people(), e.institutions(), e.talent(), e.companyAnswers(), e.companyAnswersBySatisfaction(),
					e.satisfaction(), e.institutionSatisfaction(), e.talentSatisfaction(), e.offers()))
			.toList();
		List<MetiReportData.Meeting> meetings = summaries.stream()
			.filter(EventCounts.EventSummary::council)
			.map(e -> new MetiReportData.Meeting(e.eventId(), e.day(), e.title(), e.theme(), e.minutes(),
					e.handouts().stream().map(EventCounts.Handout::filename).toList()))
			.toList();
		// the month's totals from its events' figures (延べ), beside the distinct count
		EventCounts.Totals all = EventCounts.add(summaries, events.distinctCompanies(from, to, List.of()));
		EventCounts.Totals matching = EventCounts
			.add(summaries.stream().filter(e -> "MATCHING".equals(e.kind())).toList(), 0);
		MetiReportData.Totals totals = new MetiReportData.Totals(all.events(), all.people(), all.companyAttendances(),
				all.distinctCompanies(), all.institutionAttendances(), all.satisfaction(), all.offers(),
				matching.offerRate());
		return new MetiReportData(hubs.get(hubId).getName(), month.toString(), FiscalYear.of(month).year(), version,
				submittedAt != null, submittedAt, submittedBy, dueOn(month), outreach.visitedCompanies(),
				outreach.needsLearnedCompanies(), results, totals, events.offers(from, to), meetings,
				notes == null ? "" : notes);
	}

}
