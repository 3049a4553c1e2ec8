package jp.kyoten.directory;

/**
 * 従業員規模: the bands used in lists, filters and reports, derived from the number of
 * employees. A company whose number of employees is not known is {@link #UNKNOWN}
 * (非公開・不明).
 */
public enum SizeBand {

	UP_TO_5(0, 5), FROM_6_TO_20(6, 20), FROM_21_TO_50(21, 50), FROM_51_TO_100(51, 100), FROM_101_TO_300(101, 300),
	FROM_301_TO_1000(301, 1000), OVER_1000(1001, Integer.MAX_VALUE), UNKNOWN(-1, -1);

	private final int min;

	private final int max;

	SizeBand(int min, int max) {
		this.min = min;
		this.max = max;
	}

	public static SizeBand of(Integer employees) {
		if (employees == null || employees < 0) {
			return UNKNOWN;
		}
		for (SizeBand band : values()) {
			if (band != UNKNOWN && employees >= band.min && employees <= band.max) {
				return band;
			}
		}
		return UNKNOWN;
	}

	/** The smallest number of employees in the band; -1 for {@link #UNKNOWN}. */
	public int min() {
		return min;
	}

	/** The largest number of employees in the band; -1 for {@link #UNKNOWN}. */
	public int max() {
		return max;
	}

	/** The message key of the band's label (5人以下, 6〜20人, …). */
	public String labelKey() {
		return "company.sizeBand." + name();
	}

}
