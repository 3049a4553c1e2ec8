package jp.kyoten.finance;

/** What a scorecard KPI counts in: 件, 社, 円, 者, 回, 人, 団体 or %. */
public enum KpiUnit {

	CASES, COMPANIES, YEN, FUNDERS, TIMES, PEOPLE, ORGANISATIONS, PERCENT

}
