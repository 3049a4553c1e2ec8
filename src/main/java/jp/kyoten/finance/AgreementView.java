package jp.kyoten.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * 手数料契約 with an agency: per confirmed placement whose contract date lies from
 * {@code validFrom} to {@code validTo} (inclusive, open-ended without it), the agency
 * owes the hub either {@code feeRate} percent of the fee the company paid it, or
 * {@code fixedFee} yen.
 */
public record AgreementView(long id, long agencyId, String agencyName, BigDecimal feeRate, Long fixedFee,
		LocalDate validFrom, LocalDate validTo, String note) {

	public boolean covers(LocalDate day) {
		return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
	}

	public boolean overlaps(LocalDate from, LocalDate to) {
		return (validTo == null || !from.isAfter(validTo)) && (to == null || !to.isBefore(validFrom));
	}

	/**
	 * What one placement brings the hub: the fixed amount, or the rate applied to the
	 * placement's fee with yen fractions cut off (円未満切捨て); nothing while a rate
	 * agreement's placement has no fee reported.
	 */
	public long dueFor(Long placementFee) {
		if (fixedFee != null) {
			return fixedFee;
		}
		if (placementFee == null) {
			return 0;
		}
		return BigDecimal.valueOf(placementFee)
			.multiply(feeRate)
			.divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN)
			.longValueExact();
	}

}
