package jp.kyoten.directory;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.kyoten.platform.contact.ContactPerson;
import jp.kyoten.platform.tenancy.ActingUser;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * Inserts many companies and their contacts in a few statements: one
 * {@code INSERT … SELECT FROM unnest(arrays)} per chunk, the ids taken from the sequence
 * beforehand so that contacts can refer to their company. (COPY is not allowed into
 * tables with row-level security.) The matching columns are computed by
 * {@link JapaneseText}, as for a single save.
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
		List<Object[]> contacts = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			for (ContactPerson c : chunk.get(i).contacts()) {
				contacts.add(new Object[] { id[i], c });
			}
		}
		CompanyColumnArrays columns = CompanyColumnArrays.of(chunk.stream().map(NewCompany::data).toList());
		jdbc.sql(INSERT_COMPANIES).params(columns.after(hubId, actor, actor, id)).update();
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
			ContactPerson c = (ContactPerson) contacts.get(i)[1];
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
