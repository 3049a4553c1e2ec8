package jp.kyoten.matching;

import java.time.Instant;
import java.util.List;

/** A selection sheet: the agencies presented to the company, in the recorded order, and how it was ordered. */
public record SheetView(long id, long needId, String ordering, Instant createdAt, String createdBy,
		List<SheetAgency> agencies) {

	/** One agency on a sheet, at its position (1 = first), with what the company reads about it. */
	public record SheetAgency(int position, long agencyId, String name, String licenceNumber, String description,
			String website, String phone, String email) {
	}

}
