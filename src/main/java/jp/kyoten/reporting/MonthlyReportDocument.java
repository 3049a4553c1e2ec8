package jp.kyoten.reporting;

import java.time.YearMonth;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import jp.kyoten.directory.Places;
import jp.kyoten.hub.Prefectures;
import jp.kyoten.platform.time.HubTime;

/**
 * Lays a monthly report out for the exports, in Japanese (the prefecture and the Cabinet
 * Office read them): title with 西暦 and 和暦, the KPI table, the placements, consultations
 * by issue, success stories and issues.
 */
@Component
class MonthlyReportDocument {

	static final Locale JA = Locale.JAPANESE;

	static final DateTimeFormatter WAREKI_MONTH = DateTimeFormatter.ofPattern("GGGGy年M月", Locale.JAPAN)
		.withChronology(JapaneseChronology.INSTANCE);

	private final MessageSource messages;

	MonthlyReportDocument(MessageSource messages) {
		this.messages = messages;
	}

	/** 令和8年5月 for 2026-05. */
	static String wareki(YearMonth month) {
		return WAREKI_MONTH.format(JapaneseDate.from(month.atDay(1)));
	}

	ReportDocument of(MonthlyReportData r) {
		YearMonth month = YearMonth.parse(r.month());
		String title = m("report.document.title", month.getYear(), month.getMonthValue(), wareki(month));
		List<String> subtitle = List.of(
				r.version() == 0 ? m("report.document.unwritten")
						: r.submitted() ? m("report.document.submitted", r.version(), HubTime.dateTime(r.submittedAt()),
								r.submittedBy()) : m("report.document.draft", r.version()),
				m("report.document.fiscalYear", r.fiscalYear(), r.fiscalYear() - 2018));
		List<ReportDocument.Section> sections = new ArrayList<>();
		sections.add(ReportDocument.Section.table(m("report.kpis"),
				List.of(m("report.col.kpi"), m("report.col.month"), m("report.col.cumulative"), m("report.col.target"),
						m("report.col.achievement")),
				r.kpis()
					.stream()
					.map(k -> row(m("kpi." + k.kpi()), k.month(), k.cumulative(), k.target(),
							k.achievement() == null ? null : new ReportDocument.Percent(k.achievement())))
					.toList()));
		sections.add(ReportDocument.Section.table(m("report.placements", r.placements().size(), r.uijTurns()),
				List.of(m("report.col.contractDate"), m("report.col.company"), m("report.col.jobCategory"),
						m("report.col.employmentForm"), m("report.col.agency"), m("report.col.before"),
						m("report.col.after"), m("report.col.uij"), m("report.col.digital"), m("report.col.financial"),
						m("report.col.sideJobNew"), m("report.col.priorSideJobUse"), m("report.col.fee"),
						m("report.col.joined")),
				r.placements()
					.stream()
					.map(p -> row(p.contractDate(), p.companyName(), m("jobCategory." + p.jobCategory()),
							m("employmentForm." + p.employmentForm()), p.agencyName(),
							residence(p.beforePrefecture(), p.beforeMunicipality()),
							residence(p.afterPrefecture(), p.afterMunicipality()), m("uij." + p.uijTurn()),
							yes(p.digital()), yes(p.financialReferral()), yes(p.sideJobNewCompany()),
							p.priorSideJobUse() == null ? m("report.prior.unknown")
									: m("report.prior." + p.priorSideJobUse()),
							p.fee(), joined(p)))
					.toList()));
		if (r.hasEventSections()) {
			sections.add(ReportDocument.Section.table(m("report.otherHires"),
					List.of(m("report.col.hireDate"), m("report.col.route"), m("report.col.company"),
							m("report.col.via"), m("report.col.hireTalent")),
					r.otherHires()
						.stream()
						.map(h -> row(h.day(), m("report.route." + h.route()), h.companyName(), h.via(),
								h.talentName() == null ? "" : h.talentName()))
						.toList()));
			sections.add(ReportDocument.Section.table(m("report.events"),
					List.of(m("report.col.eventDay"), m("report.col.eventKind"), m("report.col.eventName"),
							m("report.col.theme"), m("report.col.participantCompanies"), m("report.col.participants"),
							m("report.col.companyAnswers"), m("report.col.companySatisfaction"),
							m("report.col.institutionSatisfaction"), m("report.col.talentSatisfaction")),
					r.events()
						.stream()
						.map(e -> row(e.day(), m("eventKind." + e.kind()), e.title(),
								e.theme() == null ? "" : e.theme(), e.companies(), e.people(), e.companyAnswers(),
								percent(e.satisfaction()), percent(e.institutionSatisfaction()),
								percent(e.talentSatisfaction())))
						.toList()));
			MonthlyReportData.EventTotals t = r.eventTotals();
			sections.add(ReportDocument.Section.text(m("report.eventTotalsHeading"),
					m("report.eventTotals", t.events(), t.companyAttendances(), t.distinctCompanies(), t.people())
							+ "\n" + m("report.eventReading")));
		}
		sections.add(ReportDocument.Section.table(m("report.byIssue"),
				List.of(m("report.col.issue"), m("report.col.newConsultations"), m("report.col.allConsultations")),
				r.consultationsByIssue()
					.stream()
					.map(i -> row(m("issue." + i.issue()), i.newConsultations(), i.allConsultations()))
					.toList()));
		sections.add(ReportDocument.Section.text(m("report.successStories"), r.successStories()));
		sections.add(ReportDocument.Section.text(m("report.issues"), r.issues()));
		return new ReportDocument(title, r.hubName(), subtitle, sections);
	}

	/** The file name without extension: 月次報告_2026-05_第1版. */
	String fileName(MonthlyReportData r) {
		return m("report.file", r.month(), r.version());
	}

	private static List<Object> row(Object... cells) {
		return java.util.Arrays.asList(cells);
	}

	private String joined(PlacementRow p) {
		if (p.joined() == null) {
			return m("report.joined.unknown");
		}
		return "JOINED".equals(p.joined()) ? m("report.joined.on", p.joinedOn().toString())
				: m("report.joined.NOT_JOINED");
	}

	private static Object percent(java.math.BigDecimal value) {
		return value == null ? null : new ReportDocument.Percent(value.doubleValue());
	}

	private String yes(boolean value) {
		return value ? m("report.yes") : "";
	}

	/**
	 * By name (熊本県 熊本市), in every export: the report goes to people, not to a machine.
	 */
	static String residence(String prefecture, String municipality) {
		return Places.name(prefecture, municipality);
	}

	private String m(String key, Object... args) {
		return messages.getMessage(key, args, JA);
	}

}
