package jp.kyoten.matching;

import java.time.LocalDate;

/**
 * A hire the hub took part in by another route than a hand-off (seed 000 §5(1)⑤:
 * 「実際の就職の有無」 beside the placements). Listed in the monthly report, never counted in KPI
 * 2.
 */
public record OtherHire(long id, long companyId, String companyName, LocalDate hiredOn, HireRoute route,
		String talentName, String via, String note) {
}
