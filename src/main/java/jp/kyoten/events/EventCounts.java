package jp.kyoten.events;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events module's published figures for other modules (the METI monthly report: event participants and survey
 * results), for the hub in scope. Counts only, never personal data.
 */
@Service
@Transactional(readOnly = true)
public class EventCounts {

	/**
	 * The month's events: how many were held or planned, registrations holding a seat, participants (checked in),
	 * participant companies, survey answers, the top-two answers and their share in percent (null without answers),
	 * and participant companies with an offer or a hire recorded.
	 */
	public record Month(YearMonth month, int events, int registered, int participants, int companies,
			int surveyAnswers, int topTwo, BigDecimal satisfaction, int offers) {
	}

	private final EventReports reports;

	EventCounts(EventReports reports) {
		this.reports = reports;
	}

	public Month of(YearMonth month) {
		List<EventFigures> rows = reports.ofMonth(month);
		EventFigures sum = EventReports.sum("", rows);
		return new Month(month, rows.size(), sum.registered(), sum.attended(), sum.companies(), sum.responses(),
				sum.topTwo(), sum.satisfaction(), sum.offers());
	}

}
