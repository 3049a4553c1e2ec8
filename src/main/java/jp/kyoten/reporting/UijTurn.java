package jp.kyoten.reporting;

/**
 * UIJターン of a placed person, derived from the prefectures of residence before and after
 * the hire and the hub's prefecture. Kyoten records residences, not birthplaces, so the
 * rule reads what it can from them:
 * <ul>
 * <li>after the hire the person does not live in the hub's prefecture → {@link #NONE} (no
 * move into the prefecture);
 * <li>the person lived in the hub's prefecture already → {@link #NONE} (県内);
 * <li>moved in from a prefecture of the same region (地方区分: 北海道, 東北, 関東, 中部, 近畿, 中国, 四国,
 * 九州・沖縄) as the hub → {@link #J} (J ターン: settling in a regional prefecture near where one
 * came from);
 * <li>moved in from another region → {@link #U_I} (U or I ターン: a long-distance move into
 * the prefecture; whether it is a return to one's hometown (U) or not (I) depends on the
 * birthplace, which is not recorded).
 * </ul>
 * Unknown residences give {@link #UNKNOWN}. Every move from outside the prefecture
 * ({@link #J}, {@link #U_I}) counts as a UIJ turn in the report's total.
 */
public enum UijTurn {

	U_I, J, NONE, UNKNOWN;

	/**
	 * First prefecture code (JIS X 0401) of each region, in order; the last region runs
	 * to 47.
	 */
	private static final int[] REGION_STARTS = { 1, 2, 8, 15, 24, 31, 36, 40 };

	static UijTurn of(String hubPrefecture, String before, String after) {
		if (after == null || before == null) {
			return after != null && !after.equals(hubPrefecture) ? NONE : UNKNOWN;
		}
		if (!after.equals(hubPrefecture) || before.equals(hubPrefecture)) {
			return NONE;
		}
		return region(before) == region(hubPrefecture) ? J : U_I;
	}

	public boolean isTurn() {
		return this == U_I || this == J;
	}

	static int region(String prefecture) {
		int code = Integer.parseInt(prefecture);
		int region = 0;
		for (int i = 0; i < REGION_STARTS.length; i++) {
			if (code >= REGION_STARTS[i]) {
				region = i;
			}
		}
		return region;
	}

}
