package jp.kyoten.finance;

import java.util.Arrays;
import java.util.List;

import jp.kyoten.hub.HubKind;

/**
 * 経費項目 as the procurement documents list them: seed 001 §10 (METI talent programme) and
 * seed 000 (Pro hub) give I 人件費; II 旅費, 会場費, 謝金, 借料及び損料, 消耗品費, 印刷製本費, 補助職員人件費, その他諸経費;
 * III 再委託・外注費; IV 一般管理費. Seed 004 IX (よろず) adds 備品費 to II.
 */
public enum ExpenseCategory {

	PERSONNEL(CostGroup.PERSONNEL), TRAVEL(CostGroup.PROJECT), VENUE(CostGroup.PROJECT), HONORARIUM(CostGroup.PROJECT),
	EQUIPMENT(CostGroup.PROJECT), RENTAL(CostGroup.PROJECT), SUPPLIES(CostGroup.PROJECT), PRINTING(CostGroup.PROJECT),
	ASSISTANT_STAFF(CostGroup.PROJECT), MISCELLANEOUS(CostGroup.PROJECT), SUBCONTRACT(CostGroup.SUBCONTRACT),
	OVERHEAD(CostGroup.OVERHEAD);

	private final CostGroup group;

	ExpenseCategory(CostGroup group) {
		this.group = group;
	}

	public CostGroup group() {
		return group;
	}

	/** The categories of a hub kind's books, in the order of its procurement document. */
	public static List<ExpenseCategory> of(HubKind kind) {
		return Arrays.stream(values()).filter(c -> c != EQUIPMENT || kind == HubKind.YOROZU).toList();
	}

}
