package jp.kyoten.matching;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A selection sheet: the agencies presented to the company, in the recorded order, and
 * how it was ordered.
 */
public record SheetView(long id, long needId, String ordering, Instant createdAt, String createdBy,
		List<SheetAgency> agencies) {

	private static final Pattern ROTATION = Pattern
		.compile("ROTATION offset=(\\d+) of (\\d+) \\(sheet no\\. (\\d+) of the hub\\)");

	/**
	 * How the order came about, for the company to read, parsed from the recorded
	 * {@code ROTATION offset=0 of 3 (sheet no. 137 of the hub)}; {@code null} for a
	 * record of another form.
	 */
	public Rotation rotation() {
		Matcher m = ordering == null ? null : ROTATION.matcher(ordering);
		return m != null && m.matches() ? new Rotation(Integer.parseInt(m.group(1)) + 1, Integer.parseInt(m.group(2)),
				Integer.parseInt(m.group(3))) : null;
	}

	/**
	 * The eligible agencies in registration order, presented starting from the
	 * {@code start}-th (1 = first), of {@code count} in all, on the hub's
	 * {@code sheetNumber}-th sheet: each new sheet starts one agency further on.
	 */
	public record Rotation(int start, int count, int sheetNumber) {
	}

	/**
	 * One agency on a sheet, at its position (1 = first), with what the company reads
	 * about it.
	 */
	public record SheetAgency(int position, long agencyId, String name, String licenceNumber, String description,
			String website, String phone, String email, String contactName, String contactDepartment) {

		/**
		 * How the company reaches the agency, one item a line: the person (department and
		 * name, when the agency has contact persons), the phone, the mail address and the
		 * website.
		 */
		public String contact() {
			String person = Stream.of(contactDepartment, contactName)
				.filter(s -> s != null && !s.isBlank())
				.collect(Collectors.joining(" "));
			return Stream.of(person, phone, email, website)
				.filter(s -> s != null && !s.isBlank())
				.collect(Collectors.joining("\n"));
		}

	}

}
