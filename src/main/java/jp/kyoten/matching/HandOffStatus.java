package jp.kyoten.matching;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a hand-off stands at the agency: 取り繋ぎ済 → 受諾 | 辞退, then 面談, 候補者推薦, 選考中, and the
 * outcome 成約 or 不成約. Labels are messages {@code handOffStatus.X}.
 */
public enum HandOffStatus {

	/** 取り繋ぎ済 (not yet answered by the agency) */
	HANDED_OFF,
	/** 受諾 */
	ACCEPTED,
	/** 辞退 */
	DECLINED,
	/** 面談 */
	INTERVIEW,
	/** 候補者推薦 */
	RECOMMENDED,
	/** 選考中 */
	IN_SELECTION,
	/** 成約 */
	PLACED,
	/** 不成約 */
	NOT_PLACED;

	/** The progress steps an agency reports with a note. */
	public static final String PROGRESS_CODES = "INTERVIEW|RECOMMENDED|IN_SELECTION";

	public boolean closed() {
		return this == DECLINED || this == PLACED || this == NOT_PLACED;
	}

	static Set<HandOffStatus> progressSteps() {
		return EnumSet.of(INTERVIEW, RECOMMENDED, IN_SELECTION);
	}

}
