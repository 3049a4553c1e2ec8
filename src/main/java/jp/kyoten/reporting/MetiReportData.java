package jp.kyoten.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the METI talent programme's 実績報告 of a month says (seed 001 §3(4)): companies
 * visited and companies whose needs were learned, each event's participant companies,
 * people, survey results and 内定状況, and each meeting's report with its minutes and
 * handouts. What the exports render and what submitting freezes (jsonb). {@code dueOn} is
 * the 15th of the next month.
 */
public record MetiReportData(String hubName, String month, int fiscalYear, int version, boolean submitted,
		Instant submittedAt, String submittedBy, LocalDate dueOn, int visitedCompanies, int needsLearnedCompanies,
		List<EventResult> events, Totals totals, int offersInMonth, List<Meeting> meetings, String notes) {

	/**
	 * One event of the month. {@code companyAnswersBySatisfaction} counts the participant
	 * companies' answers from 5 (満足) to 1; 満足度 is the top two's share, institutions' and
	 * talent's apart; {@code offers} are the offers recorded for the event so far (one
	 * per offer).
	 */
	public record EventResult(long eventId, LocalDate day, String kind, String title, int companies, int people,
			int institutions, int talent, int companyAnswers, List<Integer> companyAnswersBySatisfaction,
			BigDecimal satisfaction, BigDecimal institutionSatisfaction, BigDecimal talentSatisfaction, int offers) {
	}

	/**
	 * The month's events added up: 延べ参加企業数 (a company once per event) and the distinct
	 * companies beside it, satisfaction over all participant companies' answers, offers,
	 * and 内定率 of the matching events (offers ÷ their participant companies, seed 001 §3
	 * ※1).
	 */
	public record Totals(int events, int people, int companyAttendances, int distinctCompanies,
			int institutionAttendances, BigDecimal satisfaction, int offers, BigDecimal matchingOfferRate) {
	}

	/**
	 * A meeting (連携会議・協議会) of the month with its minutes and the names of its handouts.
	 */
	public record Meeting(long eventId, LocalDate day, String title, String theme, String minutes,
			List<String> handouts) {
	}

}
