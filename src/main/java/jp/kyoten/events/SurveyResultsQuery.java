package jp.kyoten.events;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How the questionnaire of one event was answered, question by question. */
@Service
@Transactional(readOnly = true)
class SurveyResultsQuery {

	private final JdbcClient jdbc;

	SurveyResultsQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Satisfaction 5 … 1 → number of answers (every step present, zero when nobody chose
	 * it).
	 */
	Map<Integer, Long> bySatisfaction(long eventId) {
		Map<Integer, Long> counts = new TreeMap<>(java.util.Comparator.reverseOrder());
		for (int i = 1; i <= 5; i++) {
			counts.put(i, 0L);
		}
		jdbc.sql("SELECT satisfaction, count(*) FROM event_survey_response WHERE event_id = ? GROUP BY satisfaction")
			.param(eventId)
			.query((rs, n) -> counts.put(rs.getInt(1), rs.getLong(2)))
			.list();
		return counts;
	}

	Map<String, Long> byNextAction(long eventId) {
		Map<String, Long> counts = new java.util.LinkedHashMap<>();
		for (NextAction a : NextAction.values()) {
			counts.put(a.name(), 0L);
		}
		jdbc.sql("SELECT next_action, count(*) FROM event_survey_response WHERE event_id = ? GROUP BY next_action")
			.param(eventId)
			.query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
			.list();
		return counts;
	}

}
