package jp.kyoten.portal;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Bands by number of employees, questions by band, and the advice of a score. */
class DiagnosisScoringTests {

	final DiagnosisSheet.Area commitment = new DiagnosisSheet.Area(1, "COMMITMENT", "経営者のコミットメント", 1, "低", "中", "高");

	final DiagnosisSheet sheet = new DiagnosisSheet(
			List.of(new DiagnosisSheet.Band(1, "SMALL", "小規模", 0, 20, 1), new DiagnosisSheet.Band(
					2, "MEDIUM", "中規模", 21, 300, 2), new DiagnosisSheet.Band(3, "LARGE", "大規模", 301, null, 3)),
			List.of(commitment),
			List.of(new DiagnosisSheet.Question(10, 1, "全規模", BigDecimal.ONE, List.of("SMALL", "MEDIUM", "LARGE"), 1,
					true),
					new DiagnosisSheet.Question(11, 1, "中大", BigDecimal.ONE, List.of("MEDIUM", "LARGE"), 2, true),
					new DiagnosisSheet.Question(12, 1, "休止", BigDecimal.ONE, List.of("MEDIUM"), 3, false)));

	@Test
	void placesACompanyInItsSizeBand() {
		assertThat(sheet.bandFor(0).orElseThrow().code()).isEqualTo("SMALL");
		assertThat(sheet.bandFor(20).orElseThrow().code()).isEqualTo("SMALL");
		assertThat(sheet.bandFor(30).orElseThrow().code()).isEqualTo("MEDIUM");
		assertThat(sheet.bandFor(5000).orElseThrow().code()).isEqualTo("LARGE");
	}

	@Test
	void asksEachBandItsActiveQuestions() {
		assertThat(sheet.questionsFor("SMALL")).extracting(DiagnosisSheet.Question::id).containsExactly(10L);
		assertThat(sheet.questionsFor("MEDIUM")).extracting(DiagnosisSheet.Question::id).containsExactly(10L, 11L);
	}

	@Test
	void scoresWeightedAnswersFromZeroToHundred() {
		// weights 1.5 and 1.0, answers 5 and 1: (1.5×4 + 1×0) ÷ (2.5×4) = 60
		BigDecimal[] sums = { new BigDecimal("6.0"), new BigDecimal("10.0") };
		assertThat(TakeDiagnosis.score(sums)).isEqualTo(60);
		assertThat(TakeDiagnosis.score(new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO })).isZero();
	}

	@Test
	void givesTheAdviceOfTheScoresLevel() {
		assertThat(commitment.adviceFor(0)).isEqualTo("低");
		assertThat(commitment.adviceFor(39)).isEqualTo("低");
		assertThat(commitment.adviceFor(40)).isEqualTo("中");
		assertThat(commitment.adviceFor(69)).isEqualTo("中");
		assertThat(commitment.adviceFor(70)).isEqualTo("高");
	}

}
