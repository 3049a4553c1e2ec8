package jp.kyoten.portal;

import java.time.Instant;
import java.util.List;

/**
 * A completed self-diagnosis: the band, the score of each area with its advice, and the
 * overall score (0–100).
 */
record DiagnosisResult(long id, String token, String bandCode, String bandLabel, int employees, String industry,
		List<AreaScore> areas, int totalScore, Instant takenAt) {

	record AreaScore(String code, String label, int score, String advice) {
	}

	/** Area labels and scores joined for the radar chart's data- attributes. */
	public String chartLabels() {
		return String.join("|", areas.stream().map(AreaScore::label).toList());
	}

	public String chartScores() {
		return String.join(",", areas.stream().map(a -> Integer.toString(a.score())).toList());
	}

}
