package jp.kyoten.talent;

import java.util.Arrays;
import java.util.List;

/**
 * Areas of the skill list. The digital ones are those the assessment scores (seed 001
 * §2(2)①(c): デジタルスキル （能力・専門性・知見）を可視化するアセスメント, after the roles of the DX推進スキル標準); GENERAL
 * holds the rest (languages, overseas sales, production…), listed but not assessed.
 */
public enum SkillArea {

	DX_STRATEGY, DATA_AI, GENERATIVE_AI, SOFTWARE, DESIGN, SECURITY, GENERAL;

	public boolean assessed() {
		return this != GENERAL;
	}

	/** The areas an assessment scores, in order. */
	public static List<SkillArea> assessedAreas() {
		return Arrays.stream(values()).filter(SkillArea::assessed).toList();
	}

}
