package jp.kyoten.finance;

import java.util.List;

/**
 * Where a prospective funder stands (seed 003 ロードマップ_外部資金獲得: 「訪問リスト作成」→「アポ→面談→合意サイクルを回す」→
 * 寄付・出資): on the visit list, appointment made, met, contributed; or 見送り (declined) at any
 * point.
 */
public enum FunderStage {

	LISTED, APPOINTMENT, MEETING, CONTRIBUTED, DECLINED;

	/** The board's columns, in the seed's order. */
	public static List<FunderStage> board() {
		return List.of(values());
	}

	/**
	 * The stage after this one on the way to a contribution; none after a contribution or
	 * a refusal.
	 */
	public FunderStage next() {
		return switch (this) {
			case LISTED -> APPOINTMENT;
			case APPOINTMENT -> MEETING;
			case MEETING -> CONTRIBUTED;
			case CONTRIBUTED, DECLINED -> null;
		};
	}

}
