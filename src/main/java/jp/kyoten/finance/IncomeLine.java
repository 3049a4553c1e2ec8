package jp.kyoten.finance;

import java.time.LocalDate;

/**
 * The hub's income due for one confirmed placement, from the agreement that covers its
 * contract date; {@code feeUnknown} when a rate applies but the agency has not reported
 * the fee.
 */
public record IncomeLine(long placementId, long agencyId, String agencyName, String companyName, LocalDate contractDate,
		Long placementFee, long agreementId, long due, boolean feeUnknown) {
}
