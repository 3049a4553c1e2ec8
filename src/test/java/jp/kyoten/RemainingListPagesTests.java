package jp.kyoten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.matching.MatchingFixture;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * The lists issue 18 left without page numbers or orders (送信メール, the consultation form's
 * triage list, self-diagnosis results, accounts, the ledger) and the referral list's
 * per-institution summary: each opens in its default order, numbers its pages, sorts by
 * every column it offers, either way, and searches its free text. Each test makes its
 * rows in a hub of its own, tagged 「word-01」…「word-22」, so that no other test's rows take
 * part.
 */
@KyotenSpringTest
class RemainingListPagesTests {

	static final int ROWS = 22;

	private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Hubs hubs;

	@Autowired
	UserAccounts accounts;

	long hub;

	long n;

	String manager;

	String word;

	@BeforeEach
	void aHubOfItsOwn() {
		n = NEXT.incrementAndGet();
		hub = hubs.create("lists-" + n, "一覧試験拠点", HubKind.PRO_TALENT, "43").getId();
		manager = "lists-manager-" + n + "@test.example";
		accounts.createIfAbsent(hub, manager, "一覧 管理者", Role.HUB_MANAGER, DemoLogins.PASSWORD);
		word = "一並" + MatchingFixture.unique();
	}

	@Test
	void theOutboxOpensNewestFirstSortsByAddresseeSubjectAndStatusAndSearches() throws Exception {
		// a day later per tag; the subject of -22 sorts first; only -03 failed
		HubScope.runAs(hub, () -> jdbc.sql("""
				INSERT INTO mail_outbox (hub_id, message_key, to_address, to_name, subject, body, status, attempts,
				                         created_at, sent_at, last_error)
				SELECT ?, gen_random_uuid(), 'to' || i || '@test.example', ? || '-' || lpad(i::text, 2, '0'),
				       CASE WHEN i = 22 THEN 'Ａお知らせ' ELSE 'Ｂお知らせ ' || i END, '本文',
				       CASE WHEN i = 3 THEN 'FAILED' ELSE 'KEPT' END, 1,
				       timestamptz '2026-05-01 10:00+09' + i * interval '1 day',
				       CASE WHEN i = 3 THEN NULL ELSE timestamptz '2026-05-01 10:00+09' + i * interval '1 day' END,
				       CASE WHEN i = 3 THEN 'refused' END
				  FROM generate_series(1, ?) AS i""").params(hub, word, ROWS).update());

		// the search keeps the list to these rows: the hub has mail of its own (the
		// manager's account was created)
		String newest = page(mail().param("size", "20"));
		ListPages.inOrder(newest, word + "-22", word + "-21", word + "-03");
		ListPages.numbered(newest, ROWS, 1, 2);
		ListPages.inOrder(page(mail().param("size", "20").param("page", "1")), word + "-02", word + "-01");
		ListPages.inOrder(page(mail().param("sort", "date").param("dir", "asc")), word + "-01", word + "-22");
		ListPages.inOrder(page(mail().param("sort", "to")), word + "-01", word + "-02", word + "-22");
		ListPages.inOrder(page(mail().param("sort", "to").param("dir", "desc")), word + "-22", word + "-01");
		ListPages.inOrder(page(mail().param("sort", "subject")), word + "-22", word + "-01", word + "-02");
		ListPages.inOrder(page(mail().param("sort", "status")), word + "-03", word + "-01");
		ListPages.inOrder(page(mail().param("sort", "status").param("dir", "desc")), word + "-01", word + "-03");
		assertThat(page(get("/mail").param("q", word + "-05"))).contains(word + "-05", "全 1 件")
			.doesNotContain(word + "-06");
		assertThat(page(mail().param("status", "FAILED"))).contains(word + "-03", "全 1 件").doesNotContain(word + "-04");
	}

	@Test
	void theTriageListOpensNewestFirstSortsByCompanyAndSearchesNameAndMessage() throws Exception {
		// received a day later per tag; the company of -01 sorts last (Ｚ); -07 says the
		// searched word in its message
		HubScope.runAs(hub, () -> jdbc.sql("""
				INSERT INTO portal_inquiry (hub_id, sender_kind, sender_name, email, organisation_name, message,
				                            preferred_contact, privacy_version, consented_at, received_at)
				SELECT ?, 'COMPANY', '送信者 ' || i, 'from' || i || '@test.example',
				       CASE WHEN i = 1 THEN 'Ｚ' ELSE 'Ａ' END || ? || '-' || lpad(i::text, 2, '0'),
				       CASE WHEN i = 7 THEN '販路の相談 合言葉' || ? ELSE '販路の相談' END, 'EMAIL', 1, now(),
				       timestamptz '2026-05-01 10:00+09' + i * interval '1 day'
				  FROM generate_series(1, ?) AS i""").params(hub, word, word, ROWS).update());

		String newest = page(get("/portal/inquiries").param("size", "20"));
		ListPages.inOrder(newest, word + "-22", word + "-21", word + "-03");
		ListPages.numbered(newest, ROWS, 1, 2);
		ListPages.inOrder(page(get("/portal/inquiries").param("size", "20").param("page", "1")), word + "-02",
				word + "-01");
		ListPages.inOrder(page(get("/portal/inquiries").param("sort", "organisation")), word + "-02", word + "-22",
				word + "-01");
		ListPages.inOrder(page(get("/portal/inquiries").param("sort", "organisation").param("dir", "desc")),
				word + "-01", word + "-22", word + "-02");
		assertThat(page(get("/portal/inquiries").param("q", "合言葉" + word))).contains(word + "-07", "全 1 件")
			.doesNotContain(word + "-08");
		assertThat(page(get("/portal/inquiries").param("status", "SPAM"))).contains("全 0 件")
			.doesNotContain(word + "-01");
	}

	@Test
	void theDiagnosisResultsOpenNewestFirstAndSortByTotalAndEmployees() throws Exception {
		// taken a day later per tag; fewer employees the later; -01 has the highest
		// total, the others rise with the tag
		HubScope.runAs(hub, () -> jdbc.sql("""
				INSERT INTO diagnosis (hub_id, public_token, band_code, band_label, employees, industry, total_score,
				                       taken_at)
				SELECT ?, ? || i, 'SMALL', ? || '-' || lpad(i::text, 2, '0'), 100 - i, 'E',
				       CASE WHEN i = 1 THEN 99 ELSE i END, timestamptz '2026-05-01 10:00+09' + i * interval '1 day'
				  FROM generate_series(1, ?) AS i""").params(hub, "token-" + n + "-", word, ROWS).update());

		String newest = page(get("/portal/diagnoses").param("size", "20"));
		ListPages.inOrder(newest, word + "-22", word + "-21", word + "-03");
		ListPages.numbered(newest, ROWS, 1, 2);
		ListPages.inOrder(page(get("/portal/diagnoses").param("size", "20").param("page", "1")), word + "-02",
				word + "-01");
		ListPages.inOrder(page(get("/portal/diagnoses").param("sort", "employees")), word + "-22", word + "-21",
				word + "-01");
		ListPages.inOrder(page(get("/portal/diagnoses").param("sort", "total")), word + "-02", word + "-22",
				word + "-01");
		ListPages.inOrder(page(get("/portal/diagnoses").param("sort", "total").param("dir", "desc")), word + "-01",
				word + "-22", word + "-02");
	}

	@Test
	void theAccountListSortsByNameEmailRoleAndLastSignInAndSearches() throws Exception {
		// names in tag order, e-mail addresses the other way round; -01 a coordinator,
		// the others clerks; signed in a
		// day later per tag, -05 never
		HubScope.runAs(hub, () -> jdbc.sql("""
				INSERT INTO user_account (hub_id, email, display_name, password_hash, role, last_sign_in_at)
				SELECT ?, 'acct' || ? || '-' || lpad((23 - i)::text, 2, '0') || '@test.example',
				       ? || '-' || lpad(i::text, 2, '0'), '{noop}not-for-sign-in',
				       CASE WHEN i = 1 THEN 'COORDINATOR' ELSE 'CLERK' END,
				       CASE WHEN i <> 5 THEN timestamptz '2026-05-01 10:00+09' + i * interval '1 day' END
				  FROM generate_series(1, ?) AS i""").params(hub, n, word, ROWS).update());

		// the hub's manager makes 23
		String byName = page(get("/accounts").param("size", "20"));
		ListPages.inOrder(byName, word + "-01", word + "-02", word + "-20");
		ListPages.numbered(byName, ROWS + 1, 1, 2);
		ListPages.inOrder(page(get("/accounts").param("size", "20").param("page", "1")), word + "-21", word + "-22",
				"一覧 管理者");
		ListPages.inOrder(page(get("/accounts").param("sort", "email")), word + "-22", word + "-21", word + "-01");
		ListPages.inOrder(page(get("/accounts").param("sort", "role")), word + "-02", word + "-22", word + "-01");
		ListPages.inOrder(page(get("/accounts").param("sort", "signIn")), word + "-22", word + "-01", word + "-05");
		ListPages.inOrder(page(get("/accounts").param("sort", "signIn").param("dir", "asc")), word + "-05",
				word + "-01", word + "-22");
		assertThat(page(get("/accounts").param("q", word + "-05"))).contains(word + "-05", "全 1 件")
			.doesNotContain(word + "-06");
	}

	@Test
	void theLedgerOpensLatestFirstSortsByCategoryPayeeAndAmountAndSearches() throws Exception {
		// a day later per tag; -01 is travel, the others supplies; -02 the largest
		// amount, the others rise with the tag
		HubScope.runAs(hub, () -> jdbc.sql("""
				INSERT INTO finance_entry (hub_id, fiscal_year, entry_date, category, payee, purpose, amount, tax)
				SELECT ?, 2026, date '2026-05-01' + i, CASE WHEN i = 1 THEN 'TRAVEL' ELSE 'SUPPLIES' END,
				       ? || '-' || lpad(i::text, 2, '0'), CASE WHEN i = 9 THEN '合言葉' || ? ELSE '消耗品' END,
				       CASE WHEN i = 2 THEN 999999 ELSE 1000 * i END, 0
				  FROM generate_series(1, ?) AS i""").params(hub, word, word, ROWS).update());

		MockHttpServletRequestBuilder year = get("/finance/ledger").param("fiscalYear", "2026");
		String latest = page(year.param("size", "20"));
		ListPages.inOrder(latest, word + "-22", word + "-21", word + "-03");
		ListPages.numbered(latest, ROWS, 1, 2);
		ListPages.inOrder(page(ledger().param("size", "20").param("page", "1")), word + "-02", word + "-01");
		ListPages.inOrder(page(ledger().param("sort", "payee")), word + "-01", word + "-02", word + "-22");
		ListPages.inOrder(page(ledger().param("sort", "amount").param("dir", "desc")), word + "-02", word + "-22",
				word + "-01");
		ListPages.inOrder(page(ledger().param("sort", "amount")), word + "-01", word + "-22", word + "-02");
		ListPages.inOrder(page(ledger().param("sort", "category")), word + "-02", word + "-22", word + "-01");
		assertThat(page(ledger().param("q", "合言葉" + word))).contains(word + "-09", "全 1 件")
			.doesNotContain(word + "-10");
	}

	@Test
	void theReferralListShowsTheTwentyInstitutionsWithMostReferralsAndPagesTheRest() throws Exception {
		// institution -k receives k referrals: -22 the most, -01 the fewest
		HubScope.runAs(hub, () -> {
			long company = jdbc.sql("""
					INSERT INTO company (hub_id, name, name_key, search_text, search_grams)
					VALUES (?, ?, ?, ?, '{}') RETURNING id""")
				.params(hub, word + "商事", word, word)
				.query(Long.class)
				.single();
			long consultation = jdbc
				.sql("""
						INSERT INTO consultation (hub_id, company_id, consulted_on, channel, referral_source, issues, summary)
						VALUES (?, ?, date '2026-05-01', 'PHONE', 'SELF', ARRAY['FINANCE'], '資金繰りの相談') RETURNING id""")
				.params(hub, company)
				.query(Long.class)
				.single();
			jdbc.sql("""
					INSERT INTO support_institution (hub_id, name, kind, search_text)
					SELECT ?, ? || '-' || lpad(i::text, 2, '0'), 'OTHER', ? FROM generate_series(1, ?) AS i""")
				.params(hub, word, word, ROWS)
				.update();
			jdbc.sql("""
					INSERT INTO institution_referral (hub_id, consultation_id, company_id, institution_id, referred_on,
					                                  reason, consent_form, consent_on, status, staff_name)
					SELECT ?, ?, ?, si.id, date '2026-05-01', '資金繰り', 'WRITTEN', date '2026-05-01', 'IN_PROGRESS', '担当'
					  FROM support_institution si, generate_series(1, 22) AS k
					 WHERE si.name LIKE ? AND k <= right(si.name, 2)::int""")
				.params(hub, consultation, company, word + "-%")
				.update();
		});

		String list = page(get("/referrals").param("fiscalYear", "2026"));
		String summary = list.substring(0, list.indexOf("紹介の一覧"));
		ListPages.inOrder(summary, word + "-22", word + "-21", word + "-03");
		assertThat(summary).doesNotContain(word + "-02", word + "-01").contains("全 22 機関", "/referrals/institutions");

		String all = page(get("/referrals/institutions").param("fiscalYear", "2026").param("size", "20"));
		ListPages.inOrder(all, word + "-22", word + "-21", word + "-03");
		ListPages.numbered(all, ROWS, 1, 2);
		ListPages.inOrder(
				page(get("/referrals/institutions").param("fiscalYear", "2026").param("size", "20").param("page", "1")),
				word + "-02", word + "-01");
		ListPages.inOrder(page(get("/referrals/institutions").param("fiscalYear", "2026").param("sort", "name")),
				word + "-01", word + "-02", word + "-22");
	}

	@Test
	void aSearchOfVisitsCountsItsMatchesOnlyUpToOneThousand() throws Exception {
		HubScope.runAs(hub, () -> {
			long company = jdbc.sql("""
					INSERT INTO company (hub_id, name, name_key, search_text, search_grams)
					VALUES (?, ?, ?, ?, '{}') RETURNING id""")
				.params(hub, word + "商事", word, word)
				.query(Long.class)
				.single();
			jdbc.sql(
					"""
							INSERT INTO company_visit (hub_id, company_id, visited_on, staff_names, discussed)
							SELECT ?, ?, date '2026-05-01' + i % 300, '担当', ? || ' の話 ' || i FROM generate_series(1, 1001) AS i""")
				.params(hub, company, word)
				.update();
		});

		String found = page(get("/visits").param("q", word));
		assertThat(found).contains("1,000 件以上").doesNotContain("全 1,001 件");
		assertThat(page(get("/visits").param("q", word + " の話 1000"))).contains("全 1 件");
	}

	private MockHttpServletRequestBuilder mail() {
		return get("/mail").param("q", word);
	}

	private MockHttpServletRequestBuilder ledger() {
		return get("/finance/ledger").param("fiscalYear", "2026");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return ListPages.html(mvc, request, logins.as(manager));
	}

}
