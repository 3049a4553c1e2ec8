package jp.kyoten.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.contact.ContactPerson;
import jp.kyoten.platform.tenancy.ActingUser;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * The directory's API for a hub bringing its own spreadsheets in (moving in): the
 * candidates a row may be, by the ledger's duplicate rules ({@link DuplicateCompanies}:
 * the corporate number, else the one normaliser {@link JapaneseText#normalize} and the
 * municipality); registering, filling or updating a company as an import does — never
 * over a field staff edited by hand ({@code manually_edited_fields}, as the registry
 * import respects) — and taking such a change back while nobody has touched the record
 * since (its version is the witness).
 */
@Service
@Transactional
public class ImportedCompanies {

	/**
	 * What an update did: the values before, to restore on undo, and the version it left,
	 * to tell later changes.
	 */
	public record Change(CompanyData before, long versionAfter, List<String> columns) {
	}

	private final DuplicateCompanies duplicates;

	private final CompanyRepository companies;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final CompanyBulkInsert bulk;

	ImportedCompanies(DuplicateCompanies duplicates, CompanyRepository companies, JdbcClient jdbc, AuditTrail audit,
			CompanyBulkInsert bulk) {
		this.duplicates = duplicates;
		this.companies = companies;
		this.jdbc = jdbc;
		this.audit = audit;
		this.bulk = bulk;
	}

	/**
	 * {@link #candidates} of many rows in one statement: every company with one of their
	 * corporate numbers or normalised names, sorted out here by the same rules (the
	 * corporate number first; else the name in the municipality, or anywhere when either
	 * side does not say; else the name in the ward's city). Answers, for each row in
	 * order, its candidates.
	 */
	@Transactional(readOnly = true)
	public List<List<CompanyRow>> candidatesOf(List<CompanyData> rows) {
		Set<String> numbers = new HashSet<>();
		Set<String> keys = new HashSet<>();
		for (CompanyData d : rows) {
			if (d.corporateNumber() != null) {
				numbers.add(d.corporateNumber());
			}
			String key = JapaneseText.normalize(d.name());
			if (!key.isEmpty()) {
				keys.add(key);
			}
		}
		Map<String, List<CompanyRow>> byNumber = new HashMap<>();
		Map<String, List<CompanyRow>> byKey = new HashMap<>();
		if (!numbers.isEmpty() || !keys.isEmpty()) {
			jdbc.sql("SELECT " + CompanySearch.COLUMNS + ", name_key FROM company WHERE merged_into_id IS NULL "
					+ "AND (corporate_number = ANY (?) OR name_key = ANY (?)) ORDER BY id")
				.params(numbers.toArray(String[]::new), keys.toArray(String[]::new))
				.query((rs, n) -> {
					CompanyRow row = CompanySearch.row(rs, n);
					if (row.corporateNumber() != null && numbers.contains(row.corporateNumber())) {
						byNumber.computeIfAbsent(row.corporateNumber(), k -> new ArrayList<>()).add(row);
					}
					String key = rs.getString("name_key");
					if (key != null && keys.contains(key)) {
						byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
					}
					return row;
				})
				.list();
		}
		List<List<CompanyRow>> answer = new ArrayList<>(rows.size());
		for (CompanyData d : rows) {
			List<CompanyRow> found = d.corporateNumber() == null ? List.of()
					: byNumber.getOrDefault(d.corporateNumber(), List.of());
			if (found.isEmpty()) {
				List<CompanyRow> sameName = byKey.getOrDefault(JapaneseText.normalize(d.name()), List.of());
				found = inMunicipality(sameName, d.municipalityCode());
				String city = d.municipalityCode() == null ? null : AddressPlace.cityOf(d.municipalityCode());
				if (found.isEmpty() && city != null) {
					found = inMunicipality(sameName, city);
				}
			}
			answer.add(List.copyOf(found));
		}
		return answer;
	}

	/**
	 * As {@link DuplicateCompanies#withSameName}: in the municipality, or anywhere when
	 * either side does not say.
	 */
	private static List<CompanyRow> inMunicipality(List<CompanyRow> sameName, String municipalityCode) {
		return sameName.stream()
			.filter(r -> municipalityCode == null || r.municipalityCode() == null
					|| r.municipalityCode().equals(municipalityCode))
			.limit(20)
			.toList();
	}

	/**
	 * Registers many companies in a few statements ({@link CompanyBulkInsert}), nothing
	 * marked as edited by hand, with one audit entry for them all. Answers their ids, in
	 * order; each is at version 0.
	 */
	public List<Long> registerAll(List<CompanyData> rows, String auditSummary) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = bulk.insert(rows.stream().map(d -> new NewCompany(d, List.of())).toList());
		audit.created("company", ids.getFirst(),
				auditSummary + ": " + ids.size() + "社（ID " + ids.getFirst() + "〜" + ids.getLast() + "）");
		return ids;
	}

	/** A company's contact to find or register: {@link #contactsOf}. */
	public record ContactAt(long companyId, ContactPerson data) {
	}

	/** A contact found or registered: its id, and whether it was registered now. */
	public record ContactFound(long id, boolean created) {
	}

	/**
	 * The companies' contacts the rows name, found or registered, in two statements: the
	 * companies' contacts are read once, a row's contact is the one with its e-mail
	 * address (or, without one, its name) — registered in one statement when missing,
	 * once even when several rows name it — with one audit entry for those registered.
	 * Answers, for each row in order, the contact.
	 */
	public List<ContactFound> contactsOf(List<ContactAt> rows, String auditSummary) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<String, Long> known = new HashMap<>();
		Long[] companyIds = rows.stream().map(ContactAt::companyId).distinct().toArray(Long[]::new);
		jdbc.sql("SELECT id, company_id, lower(email), name FROM contact WHERE company_id = ANY (?) ORDER BY id")
			.param(companyIds)
			.query((rs, n) -> {
				long company = rs.getLong(2);
				if (rs.getString(3) != null) {
					known.putIfAbsent(company + "|@" + rs.getString(3), rs.getLong(1));
				}
				known.putIfAbsent(company + "|" + rs.getString(4), rs.getLong(1));
				return 0;
			})
			.list();
		List<ContactAt> toCreate = new ArrayList<>();
		Map<String, Integer> createdAt = new HashMap<>();
		List<Object> refs = new ArrayList<>(rows.size());
		for (ContactAt row : rows) {
			String key = contactKey(row);
			Long id = known.get(key);
			if (id != null) {
				refs.add(id);
				continue;
			}
			Integer index = createdAt.get(key);
			if (index == null) {
				index = toCreate.size();
				toCreate.add(row);
				createdAt.put(key, index);
			}
			refs.add(index);
		}
		List<Long> created = insertContacts(toCreate);
		if (!created.isEmpty()) {
			audit.created("contact", created.getFirst(), auditSummary + ": 担当者 " + created.size() + "名（ID "
					+ created.getFirst() + "〜" + created.getLast() + "）");
		}
		List<ContactFound> answer = new ArrayList<>(rows.size());
		boolean[] answered = new boolean[created.size()];
		for (Object ref : refs) {
			if (ref instanceof Long id) {
				answer.add(new ContactFound(id, false));
			}
			else {
				int index = (Integer) ref;
				// the first row naming a new contact registered it; the others found it
				answer.add(new ContactFound(created.get(index), !answered[index]));
				answered[index] = true;
			}
		}
		return answer;
	}

	/**
	 * How {@link #contactsOf} finds a contact: by e-mail address, ignoring case; without
	 * one, by name.
	 */
	private static String contactKey(ContactAt row) {
		return row.data().email() != null
				? row.companyId() + "|@" + row.data().email().toLowerCase(java.util.Locale.ROOT)
				: row.companyId() + "|" + row.data().name();
	}

	private List<Long> insertContacts(List<ContactAt> rows) {
		int n = rows.size();
		if (n == 0) {
			return List.of();
		}
		List<Long> ids = jdbc.sql("SELECT nextval(pg_get_serial_sequence('contact', 'id')) FROM generate_series(1, ?)")
			.param(n)
			.query(Long.class)
			.list();
		Long[] companyId = new Long[n];
		String[] name = new String[n], kana = new String[n], department = new String[n], title = new String[n],
				email = new String[n], phone = new String[n], notes = new String[n];
		for (int i = 0; i < n; i++) {
			ContactPerson c = rows.get(i).data();
			companyId[i] = rows.get(i).companyId();
			name[i] = c.name();
			kana[i] = c.nameKana();
			department[i] = c.department();
			title[i] = c.title();
			email[i] = c.email();
			phone[i] = c.phone();
			notes[i] = c.notes();
		}
		String actor = ActingUser.email();
		jdbc.sql(
				"""
						INSERT INTO contact (id, hub_id, company_id, name, name_kana, department, title, email, phone, notes,
						                     created_by, updated_by)
						SELECT id, ?, company_id, name, name_kana, department, title, email, phone, notes, ?, ?
						  FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
						              ?::text[])
						    AS t(id, company_id, name, name_kana, department, title, email, phone, notes)""")
			.params(HubScope.require(), actor, actor, ids.toArray(Long[]::new), companyId, name, kana, department,
					title, email, phone, notes)
			.update();
		return ids;
	}

	/**
	 * The companies a row may be: those with its corporate number, else those with its
	 * normalised name in its municipality (or anywhere when either side does not say) — a
	 * ward of a 政令指定都市 in the file also finds a record kept under the city (熊本市中央区 →
	 * 熊本市). Several answers mean the person must choose.
	 */
	@Transactional(readOnly = true)
	public List<CompanyRow> candidates(CompanyData data) {
		List<CompanyRow> found = duplicates.withCorporateNumber(data.corporateNumber(), null);
		if (!found.isEmpty()) {
			return found;
		}
		found = duplicates.withSameName(data, null);
		String city = data.municipalityCode() == null ? null : AddressPlace.cityOf(data.municipalityCode());
		if (found.isEmpty() && city != null) {
			Map<String, Object> columns = new LinkedHashMap<>(data.byColumn());
			columns.put("municipality_code", city);
			found = duplicates.withSameName(fromColumns(columns), null);
		}
		return found;
	}

	/**
	 * Registers the company as the file gives it; nothing is marked as edited by hand.
	 * Answers id and version.
	 */
	public long[] register(CompanyData data) {
		Company company = companies.saveAndFlush(new Company(data));
		audit.created("company", company.getId(), company.getName() + "（取込）");
		return new long[] { company.getId(), company.getVersion() };
	}

	/**
	 * Applies the file's values to a company: with {@code emptyOnly} only where the
	 * ledger has nothing, otherwise wherever the file has a value. Fields edited by hand,
	 * the name (the ledger's identity of the company) and merged records are left alone.
	 * Empty when nothing changed.
	 */
	public Optional<Change> update(long id, CompanyData incoming, boolean emptyOnly) {
		Company company = companies.findById(id).orElseThrow();
		if (company.isMerged()) {
			return Optional.empty();
		}
		CompanyData before = company.data();
		Set<String> byHand = Set.copyOf(company.view().manuallyEditedFields());
		Map<String, Object> now = before.byColumn();
		Map<String, Object> next = new LinkedHashMap<>(now);
		incoming.byColumn().forEach((column, value) -> {
			boolean empty = value == null || Boolean.FALSE.equals(value);
			boolean currentEmpty = now.get(column) == null || Boolean.FALSE.equals(now.get(column));
			if (empty || byHand.contains(column) || column.equals("name") || column.equals("closed")
					|| column.equals("closed_on") || (emptyOnly && !currentEmpty)) {
				return;
			}
			next.put(column, value);
		});
		CompanyData after = fromColumns(next);
		List<String> changed = after.changedColumns(before);
		if (changed.isEmpty()) {
			return Optional.empty();
		}
		company.apply(after);
		company = companies.saveAndFlush(company);
		audit.updated("company", id, company.getName() + "（取込）: " + String.join(", ", changed));
		return Optional.of(new Change(before, company.getVersion(), changed));
	}

	/**
	 * Puts the values back as they were before an import, if the company is still at the
	 * version the import left. Answers false (and changes nothing) when someone changed
	 * it since.
	 */
	public boolean restore(long id, CompanyData before, long versionAfter) {
		Optional<Company> found = companies.findById(id);
		if (found.isEmpty() || found.get().getVersion() != versionAfter) {
			return false;
		}
		Company company = found.get();
		company.apply(before);
		companies.saveAndFlush(company);
		audit.updated("company", id, company.getName() + "（取込の取消で元に戻す）");
		return true;
	}

	/**
	 * Whether the company is still at the version an import left (nobody changed it
	 * since).
	 */
	@Transactional(readOnly = true)
	public boolean untouchedSince(long id, long versionAfter) {
		return companies.findById(id).map(c -> c.getVersion() == versionAfter && !c.isMerged()).orElse(false);
	}

	/**
	 * Deletes a company an import registered, if it is still at the version the import
	 * left answers false otherwise. Something referring to it (a consultation recorded
	 * since, a need …) fails the statement.
	 */
	public boolean deleteRegistered(long id, long versionAfter) {
		if (!untouchedSince(id, versionAfter)) {
			return false;
		}
		// a reference from elsewhere fails the statement (and the caller's transaction):
		// the undo is then refused whole
		int deleted = jdbc.sql("DELETE FROM company WHERE id = ? AND version = ?").params(id, versionAfter).update();
		audit.deleted("company", id, "取込の取消");
		return deleted == 1;
	}

	/**
	 * A company an import updated, to put back: its values before and the version the
	 * import left it at.
	 */
	public record Restore(long id, CompanyData before, long versionAfter) {
	}

	/**
	 * {@link #restore} for many companies in two statements: the check that every one is
	 * still at the version the import left (and not merged), then one UPDATE of all of
	 * them (their matching columns derived again, as on every save).
	 * @return empty when all were restored; else the first company changed since (nothing
	 * restored)
	 */
	public Optional<Long> restoreAll(List<Restore> list) {
		if (list.isEmpty()) {
			return Optional.empty();
		}
		int n = list.size();
		Long[] id = new Long[n], version = new Long[n];
		for (int i = 0; i < n; i++) {
			id[i] = list.get(i).id();
			version[i] = list.get(i).versionAfter();
		}
		CompanyColumnArrays before = CompanyColumnArrays.of(list.stream().map(Restore::before).toList());
		List<Long> touched = jdbc.sql("""
				SELECT t.id FROM unnest(?::bigint[], ?::bigint[]) WITH ORDINALITY AS t(id, version_after, ord)
				 WHERE NOT EXISTS (SELECT 1 FROM company c WHERE c.id = t.id AND c.version = t.version_after
				                      AND c.merged_into_id IS NULL)
				 ORDER BY t.ord LIMIT 1""").params(id, version).query(Long.class).list();
		if (!touched.isEmpty()) {
			return Optional.of(touched.getFirst());
		}
		String actor = ActingUser.email();
		jdbc.sql(
				"""
						UPDATE company c SET corporate_number = t.corporate_number, name = t.name, name_kana = t.name_kana,
						       legal_form = t.legal_form, postal_code = t.postal_code, prefecture_code = t.prefecture_code,
						       municipality_code = t.municipality_code, address = t.address, industry = t.industry,
						       employees = t.employees, capital = t.capital, representative = t.representative,
						       main_bank = t.main_bank, phone = t.phone, url = t.url, sme = t.sme,
						       small_business = t.small_business, startup = t.startup, declared_100oku = t.declared_100oku,
						       regional_future_leader = t.regional_future_leader, closed = t.closed,
						       closed_on = t.closed_on::date, notes = t.notes, name_key = t.name_key, search_text = t.search_text,
						       search_grams = string_to_array(t.grams, ' ')::int4[], version = c.version + 1, updated_at = now(),
						       updated_by = ?
						  FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
						              ?::text[], ?::text[], ?::text[], ?::int[], ?::bigint[], ?::text[], ?::text[], ?::text[],
						              ?::text[], ?::boolean[], ?::boolean[], ?::boolean[], ?::boolean[], ?::boolean[],
						              ?::boolean[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
						    AS t(id, version_after, corporate_number, name, name_kana, legal_form, postal_code, prefecture_code,
						         municipality_code, address, industry, employees, capital, representative, main_bank, phone,
						         url, sme, small_business, startup, declared_100oku, regional_future_leader, closed, closed_on,
						         notes, name_key, search_text, grams)
						 WHERE c.id = t.id AND c.version = t.version_after""")
			.params(before.after(actor, id, version))
			.update();
		audit.updated("company", id[0], "取込の取消で元に戻す: 企業 " + n + "社（ID " + id[0] + " ほか）");
		return Optional.empty();
	}

	/**
	 * {@link #deleteRegistered} for many companies in two statements.
	 * @return empty when all were deleted; else the first company changed since (nothing
	 * deleted)
	 * @throws org.springframework.dao.DataIntegrityViolationException when something
	 * recorded since refers to one
	 */
	public Optional<Long> deleteRegisteredAll(List<Long> ids, List<Long> versionsAfter) {
		if (ids.isEmpty()) {
			return Optional.empty();
		}
		Long[] id = ids.toArray(Long[]::new);
		List<Long> touched = jdbc.sql("""
				SELECT t.id FROM unnest(?::bigint[], ?::bigint[]) WITH ORDINALITY AS t(id, version_after, ord)
				 WHERE NOT EXISTS (SELECT 1 FROM company c WHERE c.id = t.id AND c.version = t.version_after
				                      AND c.merged_into_id IS NULL)
				 ORDER BY t.ord LIMIT 1""").params(id, versionsAfter.toArray(Long[]::new)).query(Long.class).list();
		if (!touched.isEmpty()) {
			return Optional.of(touched.getFirst());
		}
		// a reference from elsewhere fails the statement (and the caller's transaction):
		// the undo is then refused whole
		jdbc.sql("DELETE FROM company WHERE id = ANY(?)").param(id).update();
		audit.deleted("company", id[0], "取込の取消: 企業 " + id.length + "社（ID " + id[0] + " ほか）");
		return Optional.empty();
	}

	/**
	 * Deletes the contacts an import registered, if nobody changed any since (each still
	 * at version 0, as registered: every change counts up), in two statements; one
	 * already gone is no obstacle.
	 * @return empty when all were deleted; else the first contact changed since (nothing
	 * deleted)
	 */
	public Optional<Long> deleteContacts(List<Long> ids) {
		if (ids.isEmpty()) {
			return Optional.empty();
		}
		Long[] id = ids.toArray(Long[]::new);
		List<Long> touched = jdbc.sql("SELECT id FROM contact WHERE id = ANY(?) AND version <> 0 ORDER BY id LIMIT 1")
			.param(id)
			.query(Long.class)
			.list();
		if (!touched.isEmpty()) {
			return Optional.of(touched.getFirst());
		}
		jdbc.sql("DELETE FROM contact WHERE id = ANY(?)").param(id).update();
		audit.deleted("contact", id[0], "取込の取消: 担当者 " + id.length + "名（ID " + id[0] + " ほか）");
		return Optional.empty();
	}

	/**
	 * A company's values from {@link CompanyData#byColumn()}'s map, the inverse of it.
	 */
	public static CompanyData fromColumns(Map<String, Object> c) {
		return new CompanyData((String) c.get("corporate_number"), (String) c.get("name"), (String) c.get("name_kana"),
				(LegalForm) c.get("legal_form"), (String) c.get("postal_code"), (String) c.get("prefecture_code"),
				(String) c.get("municipality_code"), (String) c.get("address"), (String) c.get("industry"),
				(Integer) c.get("employees"), (Long) c.get("capital"), (String) c.get("representative"),
				(String) c.get("main_bank"), (String) c.get("phone"), (String) c.get("url"), (Boolean) c.get("sme"),
				(Boolean) c.get("small_business"), (Boolean) c.get("startup"), (Boolean) c.get("declared_100oku"),
				(Boolean) c.get("regional_future_leader"), (Boolean) c.get("closed"), (LocalDate) c.get("closed_on"),
				(String) c.get("notes"));
	}

}
