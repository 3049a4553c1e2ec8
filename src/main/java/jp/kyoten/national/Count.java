package jp.kyoten.national;

/**
 * A count as the bodies above the hubs see it. A hub's or a prefecture's cell of 1 or 2
 * records could point at one company or person, so it is suppressed: {@code value} is
 * null and the pages, exports and API say 「3未満」. Zero and three or more are shown; a
 * block's and the nation's totals add many hubs and are shown as they are.
 */
public record Count(Integer value, boolean suppressed) {

	public static final int SMALLEST_SHOWN = 3;

	public static final String SUPPRESSED_LABEL = "3未満";

	static Count suppressible(int value) {
		return value > 0 && value < SMALLEST_SHOWN ? new Count(null, true) : new Count(value, false);
	}

	static Count exact(int value) {
		return new Count(value, false);
	}

	/** The value, or 0 for a suppressed cell (for ordering among the shown ones only). */
	int valueOrZero() {
		return value == null ? 0 : value;
	}

	/** The cell as pages and exports print it. */
	public Object shown() {
		return suppressed ? SUPPRESSED_LABEL : value;
	}

}
