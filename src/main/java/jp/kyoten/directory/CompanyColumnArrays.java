package jp.kyoten.directory;

import java.util.List;
import java.util.stream.Stream;

/**
 * Companies' data as one array per column, for a statement that reads them with
 * {@code unnest(?::text[], …)}: the import's bulk insert and the undo's bulk restore
 * write the same columns, matching keys derived as on every save. The order of
 * {@link #values()} is the order both statements list their columns in: corporate_number,
 * name, name_kana, legal_form, postal_code, prefecture_code, municipality_code, address,
 * industry, employees, capital, representative, main_bank, phone, url, sme,
 * small_business, startup, declared_100oku, regional_future_leader, closed, closed_on,
 * notes, name_key, search_text, grams.
 */
final class CompanyColumnArrays {

	private final Object[] values;

	private CompanyColumnArrays(Object[] values) {
		this.values = values;
	}

	static CompanyColumnArrays of(List<CompanyData> companies) {
		int n = companies.size();
		String[] corporateNumber = new String[n], name = new String[n], kana = new String[n], legalForm = new String[n],
				postal = new String[n], prefecture = new String[n], municipality = new String[n],
				address = new String[n], industry = new String[n], representative = new String[n],
				mainBank = new String[n], phone = new String[n], url = new String[n], closedOn = new String[n],
				notes = new String[n], nameKey = new String[n], searchText = new String[n], grams = new String[n];
		Integer[] employees = new Integer[n];
		Long[] capital = new Long[n];
		Boolean[] sme = new Boolean[n], small = new Boolean[n], startup = new Boolean[n], oku = new Boolean[n],
				leader = new Boolean[n], closed = new Boolean[n];
		for (int i = 0; i < n; i++) {
			CompanyData d = companies.get(i);
			corporateNumber[i] = d.corporateNumber();
			name[i] = d.name();
			kana[i] = d.nameKana();
			legalForm[i] = d.legalForm() == null ? null : d.legalForm().name();
			postal[i] = d.postalCode();
			prefecture[i] = d.prefectureCode();
			municipality[i] = d.municipalityCode();
			address[i] = d.address();
			industry[i] = d.industry();
			employees[i] = d.employees();
			capital[i] = d.capital();
			representative[i] = d.representative();
			mainBank[i] = d.mainBank();
			phone[i] = d.phone();
			url[i] = d.url();
			sme[i] = d.sme();
			small[i] = d.smallBusiness();
			startup[i] = d.startup();
			oku[i] = d.declared100oku();
			leader[i] = d.regionalFutureLeader();
			closed[i] = d.closed();
			closedOn[i] = d.closed() && d.closedOn() != null ? d.closedOn().toString() : null;
			notes[i] = d.notes();
			nameKey[i] = JapaneseText.normalize(d.name());
			searchText[i] = JapaneseText.searchText(d.name(), d.nameKana());
			grams[i] = CompanyBulkInsert.codes(JapaneseText.searchCodes(d.name(), d.nameKana()));
		}
		return new CompanyColumnArrays(new Object[] { corporateNumber, name, kana, legalForm, postal, prefecture,
				municipality, address, industry, employees, capital, representative, mainBank, phone, url, sme, small,
				startup, oku, leader, closed, closedOn, notes, nameKey, searchText, grams });
	}

	/** The statement's leading parameters, then these columns. */
	Object[] after(Object... leading) {
		return Stream.concat(Stream.of(leading), Stream.of(values)).toArray();
	}

}
