package jp.kyoten.reporting;

import jp.kyoten.platform.time.HubTime;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Lays the METI 実績報告 out for the exports, in Japanese: the outreach and event totals,
 * each event's participants, survey results and offers, and each meeting's report with
 * its minutes and the names of its handouts.
 */
@Component
class MetiReportDocument {

	private final MessageSource messages;

	MetiReportDocument(MessageSource messages) {
		this.messages = messages;
	}

	ReportDocument of(MetiReportData r) {
		YearMonth month = YearMonth.parse(r.month());
		String title = m("meti.document.title", month.getYear(), month.getMonthValue(),
				MonthlyReportDocument.wareki(month));
		List<String> subtitle = List.of(
				r.version() == 0 ? m("report.document.unwritten")
						: r.submitted() ? m("report.document.submitted", r.version(), HubTime.dateTime(r.submittedAt()),
								r.submittedBy()) : m("report.document.draft", r.version()),
				m("meti.document.due", r.dueOn().toString()));
		List<ReportDocument.Section> sections = new ArrayList<>();
		MetiReportData.Totals t = r.totals();
		sections.add(ReportDocument.Section.table(m("meti.summary"), List.of(m("meti.col.item"), m("meti.col.value")),
				List.of(row(m("meti.visited"), r.visitedCompanies()),
						row(m("meti.needsLearned"), r.needsLearnedCompanies()), row(m("meti.events"), t.events()),
						row(m("meti.people"), t.people()), row(m("meti.companyAttendances"), t.companyAttendances()),
						row(m("meti.distinctCompanies"), t.distinctCompanies()),
						row(m("meti.institutionAttendances"), t.institutionAttendances()),
						row(m("meti.satisfaction"), percent(t.satisfaction())),
						row(m("meti.offersInMonth"), r.offersInMonth()),
						row(m("meti.matchingOfferRate"), percent(t.matchingOfferRate())))));
		// Seventeen columns do not fit an A4 page with Japanese headers, so the events
		// are told in two tables an
		// official reads side by side: who took part and what came of it, then what they
		// answered.
		sections.add(ReportDocument.Section.table(m("meti.participationSection"),
				List.of(m("meti.col.day"), m("meti.col.kind"), m("meti.col.event"), m("meti.col.companies"),
						m("meti.col.people"), m("meti.col.institutions"), m("meti.col.talent"), m("meti.col.offers")),
				r.events()
					.stream()
					.map(e -> row(e.day(), m("eventKind." + e.kind()), e.title(), e.companies(), e.people(),
							e.institutions(), e.talent(), e.offers()))
					.toList()));
		sections.add(ReportDocument.Section.table(m("meti.surveySection"),
				List.of(m("meti.col.day"), m("meti.col.event"), m("meti.col.answers"), m("meti.col.answers5"),
						m("meti.col.answers4"), m("meti.col.answers3"), m("meti.col.answers2"), m("meti.col.answers1"),
						m("meti.col.satisfaction"), m("meti.col.institutionSatisfaction"),
						m("meti.col.talentSatisfaction")),
				r.events().stream().map(e -> {
					List<Object> cells = new ArrayList<>(Arrays.asList(e.day(), e.title(), e.companyAnswers()));
					cells.addAll(e.companyAnswersBySatisfaction());
					cells.addAll(Arrays.asList(percent(e.satisfaction()), percent(e.institutionSatisfaction()),
							percent(e.talentSatisfaction())));
					return cells;
				}).toList()));
		for (MetiReportData.Meeting meeting : r.meetings()) {
			String handouts = meeting.handouts().isEmpty() ? m("meti.noHandouts")
					: String.join("、", meeting.handouts());
			sections.add(
					ReportDocument.Section.text(
							m("meti.meeting", meeting.day().toString(), meeting.title(),
									meeting.theme() == null ? "" : meeting.theme()),
							m("meti.minutes")
									+ "\n" + (meeting.minutes() == null || meeting.minutes().isBlank()
											? m("meti.noMinutes") : meeting.minutes())
									+ "\n" + m("meti.handouts") + handouts));
		}
		if (r.meetings().isEmpty()) {
			sections.add(ReportDocument.Section.text(m("meti.meetings"), m("meti.noMeetings")));
		}
		sections.add(ReportDocument.Section.text(m("meti.notes"), r.notes()));
		return new ReportDocument(title, r.hubName(), subtitle, sections);
	}

	/** 実績報告_2026-05_第1版. */
	String fileName(MetiReportData r) {
		return m("meti.file", r.month(), r.version());
	}

	private static Object percent(BigDecimal value) {
		return value == null ? null : new ReportDocument.Percent(value.doubleValue());
	}

	private static List<Object> row(Object... cells) {
		return Arrays.asList(cells);
	}

	private String m(String key, Object... args) {
		return messages.getMessage(key, args, Locale.JAPANESE);
	}

}
