package jp.kyoten.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.SecretTokens;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * Scores a completed self-diagnosis sheet and keeps the result. An area's score is its
 * weighted answers on a scale of 0 to 100: Σ weight × (answer − 1) ÷ Σ weight × 4; the
 * overall score does the same over every question. The result keeps the area labels and
 * advice as shown, and is found again by its random token.
 */
@Service
@Transactional
class TakeDiagnosis {

	private final DiagnosisSheets sheets;

	private final JdbcClient jdbc;

	TakeDiagnosis(DiagnosisSheets sheets, JdbcClient jdbc) {
		this.sheets = sheets;
		this.jdbc = jdbc;
	}

	/**
	 * @param answers question id → answer 1–5, one for every question of the band
	 * @return the result's token
	 * @throws BusinessRuleException {@code diagnosis.unanswered} when a question of the
	 * band has no valid answer
	 */
	String take(int employees, String industry, Map<Long, Integer> answers) {
		DiagnosisSheet sheet = sheets.sheet();
		DiagnosisSheet.Band band = sheet.bandFor(employees)
			.orElseThrow(() -> new BusinessRuleException("diagnosis.band.none"));
		List<DiagnosisSheet.Question> questions = sheet.questionsFor(band.code());
		for (DiagnosisSheet.Question q : questions) {
			Integer a = answers.get(q.id());
			if (a == null || a < DiagnosisSheet.LOWEST || a > DiagnosisSheet.HIGHEST) {
				throw new BusinessRuleException("diagnosis.unanswered");
			}
		}
		Map<DiagnosisSheet.Area, BigDecimal[]> byArea = new LinkedHashMap<>();
		BigDecimal[] total = { BigDecimal.ZERO, BigDecimal.ZERO };
		for (DiagnosisSheet.Question q : questions) {
			BigDecimal[] sums = byArea.computeIfAbsent(sheet.area(q.areaId()),
					k -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
			add(sums, q.weight(), answers.get(q.id()));
			add(total, q.weight(), answers.get(q.id()));
		}
		long hubId = HubScope.require();
		String token = SecretTokens.newToken("d_");
		long id = jdbc.sql("""
				INSERT INTO diagnosis (hub_id, public_token, band_code, band_label, employees, industry, total_score)
				VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(hubId, token, band.code(), band.label(), employees, industry, score(total))
			.query(Long.class)
			.single();
		for (var e : byArea.entrySet()) {
			int score = score(e.getValue());
			jdbc.sql("""
					INSERT INTO diagnosis_area_score (hub_id, diagnosis_id, area_code, area_label, sort_order, score,
					       advice) VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(hubId, id, e.getKey().code(), e.getKey().label(), e.getKey().sortOrder(), score,
						e.getKey().adviceFor(score))
				.update();
		}
		for (DiagnosisSheet.Question q : questions) {
			jdbc.sql("""
					INSERT INTO diagnosis_answer (hub_id, diagnosis_id, question_id, question_text, area_code, weight,
					       answer) VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(hubId, id, q.id(), q.text(), sheet.area(q.areaId()).code(), q.weight(), answers.get(q.id()))
				.update();
		}
		return token;
	}

	private static void add(BigDecimal[] sums, BigDecimal weight, int answer) {
		sums[0] = sums[0].add(weight.multiply(BigDecimal.valueOf(answer - DiagnosisSheet.LOWEST)));
		sums[1] = sums[1].add(weight.multiply(BigDecimal.valueOf(DiagnosisSheet.HIGHEST - DiagnosisSheet.LOWEST)));
	}

	static int score(BigDecimal[] sums) {
		if (sums[1].signum() == 0) {
			return 0;
		}
		return sums[0].multiply(BigDecimal.valueOf(100)).divide(sums[1], 0, RoundingMode.HALF_UP).intValue();
	}

}
