package jp.kyoten.portal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The hub's self-diagnosis sheet as data: size bands, areas with their advice, and
 * questions with their weight and the bands that are asked them. Answers run from 1
 * (当てはまらない) to 5 (よく当てはまる).
 */
record DiagnosisSheet(List<Band> bands, List<Area> areas, List<Question> questions) {

	static final int LOWEST = 1;

	static final int HIGHEST = 5;

	/**
	 * Below this score an area gets its "low" advice, below {@link #HIGH} its "mid"
	 * advice.
	 */
	static final int MID = 40;

	static final int HIGH = 70;

	record Band(long id, String code, String label, int minEmployees, Integer maxEmployees, int sortOrder) {

		boolean covers(int employees) {
			return employees >= minEmployees && (maxEmployees == null || employees <= maxEmployees);
		}

	}

	record Area(long id, String code, String label, int sortOrder, String adviceLow, String adviceMid,
			String adviceHigh) {

		String adviceFor(int score) {
			return score < MID ? adviceLow : score < HIGH ? adviceMid : adviceHigh;
		}

	}

	record Question(long id, long areaId, String text, BigDecimal weight, List<String> bands, int sortOrder,
			boolean active) {
	}

	/** The band of a company of this many employees. */
	Optional<Band> bandFor(int employees) {
		return bands.stream()
			.sorted(Comparator.comparingInt(Band::sortOrder))
			.filter(b -> b.covers(employees))
			.findFirst();
	}

	/** The active questions of a band, area by area. */
	List<Question> questionsFor(String bandCode) {
		return questions.stream()
			.filter(q -> q.active() && q.bands().contains(bandCode))
			.sorted(Comparator.comparingInt((Question q) -> area(q.areaId()).sortOrder())
				.thenComparingInt(Question::sortOrder)
				.thenComparingLong(Question::id))
			.toList();
	}

	Area area(long areaId) {
		return areas.stream().filter(a -> a.id() == areaId).findFirst().orElseThrow();
	}

}
