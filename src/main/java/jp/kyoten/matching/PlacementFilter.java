package jp.kyoten.matching;

import java.time.LocalDate;

/**
 * What a placement list asks for: contract dates from/to (inclusive), confirmation,
 * company, agency.
 */
public record PlacementFilter(LocalDate from, LocalDate to, Boolean confirmed, Long companyId, Long agencyId) {

	public static PlacementFilter none() {
		return new PlacementFilter(null, null, null, null, null);
	}

}
