package jp.kyoten.finance;

import java.math.BigDecimal;
import java.util.List;

import static jp.kyoten.finance.KpiMeasure.CONTRIBUTORS;
import static jp.kyoten.finance.KpiMeasure.FEE_INCOME;
import static jp.kyoten.finance.KpiMeasure.FULL_TIME_PLACEMENTS;
import static jp.kyoten.finance.KpiMeasure.FUNDER_APPOINTMENTS;
import static jp.kyoten.finance.KpiMeasure.FUNDER_LIST;
import static jp.kyoten.finance.KpiMeasure.FUNDER_MEETINGS;
import static jp.kyoten.finance.KpiMeasure.FUNDS_RECEIVED;
import static jp.kyoten.finance.KpiMeasure.INSTITUTION_CONSULTATIONS;
import static jp.kyoten.finance.KpiMeasure.MANUAL;
import static jp.kyoten.finance.KpiMeasure.PLACEMENTS;
import static jp.kyoten.finance.KpiMeasure.SEMINARS_HELD;
import static jp.kyoten.finance.KpiMeasure.SEMINAR_COMPANIES;
import static jp.kyoten.finance.KpiMeasure.SIDE_JOB_PLACEMENTS;
import static jp.kyoten.finance.Perspective.CUSTOMER;
import static jp.kyoten.finance.Perspective.FINANCIAL;
import static jp.kyoten.finance.Perspective.LEARNING;
import static jp.kyoten.finance.Perspective.PROCESS;

/**
 * The scorecards seed 003 sketches per kind of market (自立化スキーム案 KPI and ロードマップ), as a
 * start a hub then adjusts. Per the roadmaps, years 1–2 work on 学習と成長 and 業務プロセス and year
 * 3 on 顧客 and 財務: the seed's figures are the targets of years 1–2 for the first two
 * perspectives and of year 3 for the others. The seed leaves the fee and fund amounts
 * open (○○万円): those targets are left for the hub to set.
 */
public enum ScorecardTemplate {

	/** 市場“成熟”地域 KPI_人材確保支援の難易度が高い業種. */
	MATURE_HARD_INDUSTRY(List.of(row(FINANCIAL, "手数料収入（難易度が高い業種）", FEE_INCOME, null, null),
			row(CUSTOMER, "成約件数（常勤）", FULL_TIME_PLACEMENTS, null, 5),
			row(CUSTOMER, "成約件数（副業・兼業）", SIDE_JOB_PLACEMENTS, null, 10),
			row(CUSTOMER, "とりつなぎ件数（常勤10件・副業20件）", MANUAL, KpiUnit.CASES, 30),
			row(CUSTOMER, "相談件数（支援機関経由）", INSTITUTION_CONSULTATIONS, null, 10),
			row(CUSTOMER, "相談件数（セミナー経由）", MANUAL, KpiUnit.CASES, 30),
			row(PROCESS, "セミナー参加企業数（10社×6回）", SEMINAR_COMPANIES, null, 60),
			row(PROCESS, "業界特化セミナー開催数", SEMINARS_HELD, null, 6),
			row(PROCESS, "セミナー集客連携先の発掘", MANUAL, KpiUnit.ORGANISATIONS, 10),
			row(PROCESS, "人材会社とのタイアップ（外国人人材5社・高度専門人材5社）", MANUAL, KpiUnit.COMPANIES, 10),
			row(LEARNING, "人材業者との連携に向けた意見交換", MANUAL, KpiUnit.COMPANIES, 10))),

	/** 市場“成熟”地域 KPI_ホワイトスペース (中小・小規模事業者). */
	MATURE_WHITE_SPACE(List.of(row(FINANCIAL, "手数料収入（中小・小規模事業者）", FEE_INCOME, null, null),
			row(CUSTOMER, "成約件数（副業・兼業）", SIDE_JOB_PLACEMENTS, null, 100),
			row(CUSTOMER, "とりつなぎ件数（副業・兼業）", MANUAL, KpiUnit.CASES, 150),
			row(CUSTOMER, "相談件数（セミナー経由）", MANUAL, KpiUnit.CASES, 150),
			row(CUSTOMER, "相談件数（支援機関経由: 信金信組・よろず・商工会）", INSTITUTION_CONSULTATIONS, null, 20),
			row(PROCESS, "セミナー参加企業数（50社×5回）", SEMINAR_COMPANIES, null, 250),
			row(PROCESS, "セミナー開催数", SEMINARS_HELD, null, 5), row(PROCESS, "同行訪問（信金信組）", MANUAL, KpiUnit.CASES, 30),
			row(PROCESS, "セミナー集客連携先の発掘", MANUAL, KpiUnit.ORGANISATIONS, 10),
			row(LEARNING, "副業・兼業人材のフラグ立て／育成（スキル別）", MANUAL, KpiUnit.PEOPLE, 10),
			row(LEARNING, "信金信組・よろず・商工会の理解促進勉強会", MANUAL, KpiUnit.TIMES, 3))),

	/** 市場“成熟”地域 KPI_外部資金獲得 (寄付・出資). */
	EXTERNAL_FUNDS(List.of(row(FINANCIAL, "外部資金獲得額（寄付・出資）", FUNDS_RECEIVED, null, null),
			row(CUSTOMER, "寄付者・出資者数（寄付者8者・出資者3者）", CONTRIBUTORS, null, 11),
			row(CUSTOMER, "面談件数", FUNDER_MEETINGS, null, 25),
			row(CUSTOMER, "アポイントメント件数", FUNDER_APPOINTMENTS, null, 25),
			row(PROCESS, "訪問リスト作成（寄付50件・出資5社）", FUNDER_LIST, null, 55),
			row(PROCESS, "営業資料作成（事業スキーム・寄付者／出資者のメリット）", MANUAL, KpiUnit.TIMES, 2),
			row(LEARNING, "寄付を募る手法の確認（CF・企業版ふるさと納税）", MANUAL, KpiUnit.TIMES, 1),
			row(LEARNING, "SIBスキームの学習・出資者属性の検討", MANUAL, KpiUnit.TIMES, 1))),

	/** 市場“成長”地域 KPI_スキーム案A (信金信組等と市場開拓). */
	GROWING_SCHEME_A(List.of(row(FINANCIAL, "手数料収入", FEE_INCOME, null, null),
			row(CUSTOMER, "成約件数（常勤10件・副業20件）", PLACEMENTS, null, 30),
			row(CUSTOMER, "とりつなぎ企業数", MANUAL, KpiUnit.COMPANIES, 50),
			row(CUSTOMER, "相談件数（信金信組・他機関経由）", INSTITUTION_CONSULTATIONS, null, 30),
			row(PROCESS, "セミナー参加企業数（全て新規）", SEMINAR_COMPANIES, null, 100),
			row(PROCESS, "信金信組からのニーズトスアップ", MANUAL, KpiUnit.COMPANIES, 30),
			row(LEARNING, "連携先への説明・とりつなぎフロー確認", MANUAL, KpiUnit.TIMES, 1)));

	/**
	 * One KPI of a template; {@code unit} only for a manual one, a computed measure has
	 * its own.
	 */
	record Row(Perspective perspective, String name, KpiMeasure measure, KpiUnit unit, List<BigDecimal> targets) {
	}

	private final List<Row> rows;

	ScorecardTemplate(List<Row> rows) {
		this.rows = rows;
	}

	List<Row> kpiRows() {
		return rows;
	}

	private static Row row(Perspective perspective, String name, KpiMeasure measure, KpiUnit unit, Integer target) {
		KpiUnit u = measure.computed() ? measure.unit() : unit;
		BigDecimal t = target == null ? null : BigDecimal.valueOf(target);
		boolean early = perspective == LEARNING || perspective == PROCESS;
		List<BigDecimal> targets = early ? java.util.Arrays.asList(t, t, t) : java.util.Arrays.asList(null, null, t);
		return new Row(perspective, name, measure, u, targets);
	}

}
