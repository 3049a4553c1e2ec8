package jp.kyoten.directory.registry;

import jp.kyoten.directory.JapaneseText;

/**
 * A registry row as it waits for its batch: the staging table's columns from the
 * corporate number to the hash, already in COPY text format, and the two values a batch
 * decides on. Rendered by the reading thread, so that a batch in memory is a few strings
 * per row rather than the parsed record, its search grams and their set.
 */
record StagedRow(String corporateNumber, String prefectureCode, String copyFields) {

	static StagedRow of(RegistryRow row) {
		RegistryRecord r = row.record();
		StringBuilder sb = new StringBuilder(512);
		field(sb, r.corporateNumber());
		field(sb, r.process());
		sb.append(r.correction() ? 't' : 'f').append('\t');
		field(sb, String.valueOf(r.updateDate()));
		field(sb, r.changeDate() == null ? null : r.changeDate().toString());
		field(sb, r.name());
		field(sb, row.nameKana());
		field(sb, row.legalForm() == null ? null : row.legalForm().name());
		field(sb, row.postalCode());
		field(sb, r.prefectureCode().isEmpty() ? null : r.prefectureCode());
		field(sb, r.municipalityCode());
		field(sb, r.address().isEmpty() ? r.addressOutside() : r.address());
		sb.append(row.closed() ? 't' : 'f').append('\t');
		field(sb, row.closedOn() == null ? null : row.closedOn().toString());
		field(sb, row.closedReason());
		field(sb, r.closeDate() == null ? null : r.closeDate().toString());
		field(sb, r.closeCause());
		field(sb, r.successorCorporateNumber());
		field(sb, r.changeCause());
		field(sb, row.nameKey());
		field(sb, row.searchText());
		field(sb, array(JapaneseText.gramCodes(row.searchGrams())));
		field(sb, row.hash());
		return new StagedRow(r.corporateNumber(), r.prefectureCode(), sb.toString());
	}

	/** An int4[] literal of the grams' index keys. */
	private static String array(int[] codes) {
		StringBuilder sb = new StringBuilder(codes.length * 11 + 2).append('{');
		for (int i = 0; i < codes.length; i++) {
			if (i > 0) {
				sb.append(',');
			}
			sb.append(codes[i]);
		}
		return sb.append('}').toString();
	}

	/** One COPY text-format field followed by a tab. */
	private static void field(StringBuilder sb, String value) {
		if (value == null) {
			sb.append("\\N\t");
			return;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> sb.append("\\\\");
				case '\t' -> sb.append("\\t");
				case '\n' -> sb.append("\\n");
				case '\r' -> sb.append("\\r");
				default -> sb.append(c);
			}
		}
		sb.append('\t');
	}

}
