package jp.kyoten.moving;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import jp.kyoten.directory.CompanyData;
import jp.kyoten.directory.JapaneseText;
import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.StaffMember;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.matching.ImportedPlacements;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * Reads an uploaded file's data rows by its mapping — for the dry run and for the import
 * alike, so both see the same rows the same way — and tells which rows name the same
 * company of the file (the same 法人番号, else the same normalised name in the same
 * municipality): the directory is searched, and the person asked, once per company.
 */
@Component
class ImportReading {

	interface DataRowHandler {

		void row(ImportRow row);

	}

	private final UserAccounts accounts;

	private final Hubs hubs;

	private final MessageSource messages;

	private final Validator validator;

	private final ImportedPlacements placements;

	ImportReading(UserAccounts accounts, Hubs hubs, MessageSource messages, Validator validator,
			ImportedPlacements placements) {
		this.placements = placements;
		this.accounts = accounts;
		this.hubs = hubs;
		this.messages = messages;
		this.validator = validator;
	}

	/** Every data row below the header row, read as the mapping says. */
	void forEachRow(SpreadsheetImports.Job job, DataRowHandler handler) {
		ColumnMapping mapping = job.mapping();
		RowReading reading = reading(mapping);
		RuntimeException[] failure = { null };
		SpreadsheetReader.read(Path.of(job.storedPath()), job.format(), job.encoding(), mapping.sheet(),
				(rowNumber, cells) -> {
					if (rowNumber > mapping.headerRow() && cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
						try {
							handler.row(reading.read(rowNumber, cells));
						}
						catch (RuntimeException ex) {
							// the handler's own failure (a database error, a stop) stops
							// the reading and comes out
							// as it is, not as an unreadable file
							failure[0] = ex;
							return false;
						}
					}
					return true;
				});
		if (failure[0] != null) {
			throw failure[0];
		}
	}

	/**
	 * The first rows of the sheet as they are, the header row among them, for choosing
	 * the mapping.
	 */
	List<List<String>> firstRows(SpreadsheetImports.Job job, int sheet, int rows) {
		List<List<String>> first = new java.util.ArrayList<>();
		SpreadsheetReader.read(Path.of(job.storedPath()), job.format(), job.encoding(), sheet, (rowNumber, cells) -> {
			first.add(cells);
			return first.size() < rows;
		});
		return first;
	}

	/**
	 * The distinct values of a column below the header row (at most {@code limit}), for
	 * the value mapping.
	 */
	List<String> distinctValues(SpreadsheetImports.Job job, Field field, int limit) {
		ColumnMapping mapping = job.mapping();
		Integer column = mapping.column(field);
		java.util.Set<String> values = new java.util.LinkedHashSet<>();
		if (column == null) {
			return List.of();
		}
		SpreadsheetReader.read(Path.of(job.storedPath()), job.format(), job.encoding(), mapping.sheet(),
				(rowNumber, cells) -> {
					if (rowNumber > mapping.headerRow() && column < cells.size()) {
						values.addAll(CodedValues.split(field, cells.get(column)));
					}
					return values.size() < limit;
				});
		return List.copyOf(values);
	}

	/** The key under which rows of one file are one company. */
	static String companyKey(CompanyData company) {
		if (company.corporateNumber() != null) {
			return "#" + company.corporateNumber();
		}
		return JapaneseText.normalize(company.name()) + "|"
				+ (company.municipalityCode() == null ? "" : company.municipalityCode());
	}

	private RowReading reading(ColumnMapping mapping) {
		long hubId = HubScope.require();
		Map<String, RowReading.Staff> staff = new HashMap<>();
		if (mapping.column(Field.STAFF) != null) {
			for (StaffMember m : accounts.membersOf(hubId)) {
				RowReading.Staff s = new RowReading.Staff(m.id(), m.displayName());
				staff.put(RowReading.staffKey(m.displayName()), s);
				accounts.emailOf(hubId, m.id()).ifPresent(e -> staff.put(RowReading.staffKey(e), s));
			}
		}
		String prefecture = hubs.get(hubId).getPrefectureCode();
		// a placements list's agencies are matched against the hub's, read once for the
		// file
		return new RowReading(mapping, prefecture, staff, messages, validator,
				mapping.kind() == RecordKind.PLACEMENTS ? placements.agencies() : null);
	}

}
