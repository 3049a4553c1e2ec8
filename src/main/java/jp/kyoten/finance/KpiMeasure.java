package jp.kyoten.finance;

/**
 * How a scorecard KPI's actual is found: computed from what Kyoten holds (each definition
 * is written beside its computation in {@link ScorecardFigures}), or {@link #MANUAL}ly
 * entered where Kyoten holds no such data (離職率, 勉強会, 同行訪問 — a visit does not record who
 * went along —, とりつなぎ by the day chosen…).
 */
public enum KpiMeasure {

	MANUAL(null), FEE_INCOME(KpiUnit.YEN), FUNDS_RECEIVED(KpiUnit.YEN), CONTRIBUTORS(KpiUnit.FUNDERS),
	FUNDER_LIST(KpiUnit.CASES), FUNDER_APPOINTMENTS(KpiUnit.CASES), FUNDER_MEETINGS(KpiUnit.CASES),
	PLACEMENTS(KpiUnit.CASES), FULL_TIME_PLACEMENTS(KpiUnit.CASES), SIDE_JOB_PLACEMENTS(KpiUnit.CASES),
	CONSULTATIONS(KpiUnit.CASES), INSTITUTION_CONSULTATIONS(KpiUnit.CASES), SEMINARS_HELD(KpiUnit.TIMES),
	SEMINAR_COMPANIES(KpiUnit.COMPANIES), VISITED_COMPANIES(KpiUnit.COMPANIES);

	private final KpiUnit unit;

	KpiMeasure(KpiUnit unit) {
		this.unit = unit;
	}

	public boolean computed() {
		return this != MANUAL;
	}

	/**
	 * The unit of a computed measure; null for a manual one, whose unit is chosen with
	 * it.
	 */
	public KpiUnit unit() {
		return unit;
	}

}
