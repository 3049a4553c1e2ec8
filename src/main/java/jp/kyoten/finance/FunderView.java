package jp.kyoten.finance;

import java.time.LocalDate;

/**
 * A prospective funder: kind, name, contact, the stage and since when, amounts expected
 * and received (円).
 */
public record FunderView(long id, FunderKind kind, String name, String contact, int fiscalYear, FunderStage stage,
		LocalDate stageChangedOn, long expected, long received, String nextAction, String note) {
}
