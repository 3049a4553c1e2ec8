package jp.kyoten.directory;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.kyoten.platform.tenancy.ActingUser;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * Inserts many companies and their contacts in a few statements: one {@code INSERT … SELECT FROM unnest(arrays)} per
 * chunk, the ids taken from the sequence beforehand so that contacts can refer to their company. (COPY is not
 * allowed into tables with row-level security.) The matching columns are computed by {@link JapaneseText}, as
 * for a single save.
 */
@Component
class CompanyBulkInsert {

	static final int CHUNK = 2_000;

	private static final String INSERT_COMPANIES = """
			INSERT INTO company (id, hub_id, corporate_number, name, name_kana, legal_form, postal_code, prefecture_code,
			                     municipality_code, address, industry, employees, capital, representative, main_bank,
			                     phone, url, sme, small_business, startup, declared_100oku, regional_future_leader,
			                     closed, closed_on, notes, name_key, search_text, search_grams, created_by, updated_by)
			SELECT id, ?, corporate_number, name, name_kana, legal_form, postal_code, prefecture_code, municipality_code,
			       address, industry, employees, capital, representative, main_bank, phone, url, sme, small_business,
			       startup, declared_100oku, regional_future_leader, closed, closed_on, notes, name_key, search_text,
			       string_to_array(grams, ' ')::int4[], ?, ?
			  FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
			              ?::text[], ?::text[], ?::int[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[],
			              ?::boolean[], ?::boolean[], ?::boolean[], ?::boolean[], ?::boolean[], ?::boolean[], ?::date[],
			              ?::text[], ?::text[], ?::text[], ?::text[])
			    AS t(id, corporate_number, name, name_kana, legal_form, postal_code, prefecture_code, municipality_code,
			         address, industry, employees, capital, representative, main_bank, phone, url, sme, small_business,
			         startup, declared_100oku, regional_future_leader, closed, closed_on, notes, name_key, search_text,
			         grams)""";

	private static final String INSERT_CONTACTS = """
			INSERT INTO contact (hub_id, company_id, name, name_kana, department, title, email, phone, notes,
			                     created_by, updated_by)
			SELECT ?, company_id, name, name_kana, department, title, email, phone, notes, ?, ?
			  FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
			    AS t(company_id, name, name_kana, department, title, email, phone, notes)""";

	private final JdbcClient jdbc;

	CompanyBulkInsert(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the companies into the hub in scope and answers their ids, in order. */
	List<Long> insert(List<NewCompany> companies) {
		long hubId = HubScope.require();
		String actor = ActingUser.email();
		List<Long> ids = new ArrayList<>(companies.size());
		for (int from = 0; from < companies.size(); from += CHUNK) {
			List<NewCompany> chunk = companies.subList(from, Math.min(companies.size(), from + CHUNK));
			ids.addAll(insertChunk(hubId, actor, chunk));
		}
		return ids;
	}

	private List<Long> insertChunk(long hubId, String actor, List<NewCompany> chunk) {
		int n = chunk.size();
		List<Long> ids = jdbc.sql("SELECT nextval(pg_get_serial_sequence('company', 'id')) FROM generate_series(1, ?)")
			.param(n)
			.query(Long.class)
			.list();
		Long[] id = ids.toArray(Long[]::new);
		String[] corporateNumber = new String[n], name = new String[n], kana = new String[n],
				legalForm = new String[n], postal = new String[n], prefecture = new String[n],
				municipality = new String[n], address = new String[n], industry = new String[n],
				representative = new String[n], mainBank = new String[n], phone = new String[n], url = new String[n],
				closedOn = new String[n], notes = new String[n], nameKey = new String[n], searchText = new String[n],
				grams = new String[n];
		Integer[] employees = new Integer[n];
		Long[] capital = new Long[n];
		Boolean[] sme = new Boolean[n], small = new Boolean[n], startup = new Boolean[n], oku = new Boolean[n],
				leader = new Boolean[n], closed = new Boolean[n];
		List<Object[]> contacts = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			CompanyData d = chunk.get(i).data();
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
			closedOn[i] = d.closed() && d.closedOn() != null ? Date.valueOf(d.closedOn()).toString() : null;
			notes[i] = d.notes();
			nameKey[i] = JapaneseText.normalize(d.name());
			searchText[i] = JapaneseText.searchText(d.name(), d.nameKana());
			grams[i] = codes(JapaneseText.searchCodes(d.name(), d.nameKana()));
			for (ContactData c : chunk.get(i).contacts()) {
				contacts.add(new Object[] { id[i], c });
			}
		}
		jdbc.sql(INSERT_COMPANIES)
			.params(hubId, actor, actor, id, corporateNumber, name, kana, legalForm, postal, prefecture, municipality,
					address, industry, employees, capital, representative, mainBank, phone, url, sme, small, startup,
					oku, leader, closed, closedOn, notes, nameKey, searchText, grams)
			.update();
		if (!contacts.isEmpty()) {
			insertContacts(hubId, actor, contacts);
		}
		return ids;
	}

	/** The keys separated by spaces (an empty name has none: an empty array). */
	static String codes(int[] codes) {
		StringBuilder sb = new StringBuilder(codes.length * 11);
		for (int code : codes) {
			if (!sb.isEmpty()) {
				sb.append(' ');
			}
			sb.append(code);
		}
		return sb.toString();
	}

	private void insertContacts(long hubId, String actor, List<Object[]> contacts) {
		int n = contacts.size();
		Long[] companyId = new Long[n];
		String[] name = new String[n], kana = new String[n], department = new String[n], title = new String[n],
				email = new String[n], phone = new String[n], notes = new String[n];
		for (int i = 0; i < n; i++) {
			companyId[i] = (Long) contacts.get(i)[0];
			ContactData c = (ContactData) contacts.get(i)[1];
			name[i] = c.name();
			kana[i] = c.nameKana();
			department[i] = c.department();
			title[i] = c.title();
			email[i] = c.email();
			phone[i] = c.phone();
			notes[i] = c.notes();
		}
		jdbc.sql(INSERT_CONTACTS)
			.params(hubId, actor, actor, companyId, name, kana, department, title, email, phone, notes)
			.update();
	}

}
