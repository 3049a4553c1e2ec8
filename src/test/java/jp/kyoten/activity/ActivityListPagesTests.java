package jp.kyoten.activity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.ListPages;
import jp.kyoten.TestCompanies;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.matching.MatchingFixture;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * The activity lists (visits, job seekers, referrals to other institutions): each opens
 * by the date that matters, newest first, sorts by every column it offers, searches its
 * free text and numbers its pages. Each test makes 22 rows tagged 「word-01」…「word-22」 so
 * that only they match the search.
 */
@KyotenSpringTest
class ActivityListPagesTests {

	static final int ROWS = 22;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	TestCompanies companies;

	@Autowired
	RecordConsultation record;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theVisitListSortsByDayCompanyAndVisitorAndNumbersItsPages() throws Exception {
		String word = "訪並" + MatchingFixture.unique();
		long a = companies.create("Ａ" + word + "株式会社");
		long b = companies.create("Ｂ" + word + "株式会社");
		// the day rises with the tag; the company is Ａ only for -01; the visitor's name
		// is the tag itself
		HubScope.runAs(companies.hubId(), () -> jdbc.sql("""
				INSERT INTO company_visit (hub_id, company_id, visited_on, staff_names, discussed)
				SELECT ?, CASE WHEN i = 1 THEN ? ELSE ? END, date '2026-05-01' + i, ? || '-' || lpad(i::text, 2, '0'),
				       ? || ' の話 ' || i
				  FROM generate_series(1, ?) AS i""").params(companies.hubId(), a, b, word, word, ROWS).update());

		String byDay = page(get("/visits").param("q", word).param("size", "20"));
		ListPages.inOrder(byDay, word + "-22", word + "-21", word + "-03");
		ListPages.numbered(byDay, ROWS, 1, 2);
		ListPages.inOrder(page(get("/visits").param("q", word).param("page", "1").param("size", "20")), word + "-02",
				word + "-01");
		ListPages.inOrder(page(get("/visits").param("q", word).param("sort", "date").param("dir", "asc")), word + "-01",
				word + "-02", word + "-22");
		ListPages.inOrder(page(get("/visits").param("q", word).param("sort", "company")), "Ａ" + word, word + "-01",
				"Ｂ" + word);
		ListPages.inOrder(page(get("/visits").param("q", word).param("sort", "staff")), word + "-01", word + "-02",
				word + "-22");
		ListPages.inOrder(page(get("/visits").param("q", word).param("sort", "staff").param("dir", "desc")),
				word + "-22", word + "-01");
	}

	@Test
	void theJobSeekerListSortsByDayNameAndChannelAndSearchesNamesAndSummaries() throws Exception {
		String word = "求並" + MatchingFixture.unique();
		// received a day later per tag; -01 called by e-mail, the others by phone; -05
		// says the word in its summary only
		HubScope.runAs(companies.hubId(), () -> jdbc.sql("""
				INSERT INTO job_seeker_inquiry (hub_id, received_on, channel, name, summary, residence_pref)
				SELECT ?, date '2026-05-01' + i, CASE WHEN i = 1 THEN 'EMAIL' ELSE 'PHONE' END,
				       CASE WHEN i = 5 THEN '匿名の方' ELSE ? || '-' || lpad(i::text, 2, '0') END,
				       CASE WHEN i = 5 THEN ? || '-05 を名乗らない方' ELSE '転職の相談' END, '13'
				  FROM generate_series(1, ?) AS i""").params(companies.hubId(), word, word, ROWS).update());

		String byDay = page(get("/job-seekers").param("q", word).param("size", "20"));
		ListPages.inOrder(byDay, word + "-22", word + "-21", word + "-03");
		ListPages.numbered(byDay, ROWS, 1, 2);
		ListPages.inOrder(byDay, "東京都");
		ListPages.inOrder(page(get("/job-seekers").param("q", word).param("sort", "name")), word + "-01", word + "-02",
				word + "-22");
		ListPages.inOrder(page(get("/job-seekers").param("q", word).param("sort", "channel")), word + "-01",
				word + "-02");
		ListPages.inOrder(page(get("/job-seekers").param("q", word).param("sort", "channel").param("dir", "desc")),
				word + "-02", word + "-01");
		ListPages.inOrder(page(get("/job-seekers").param("q", word + "-05")), "匿名の方");
	}

	@Test
	void theReferralListSortsByDayCompanyInstitutionOutcomeAndStaff() throws Exception {
		String word = "紹並" + MatchingFixture.unique();
		long a = consultation("Ａ" + word + "株式会社");
		long b = consultation("Ｂ" + word + "株式会社");
		long hub = companies.hubId();
		long first = institution(hub, "Ａ" + word + "支援センター");
		long second = institution(hub, "Ｂ" + word + "支援センター");
		// the day rises with the tag (the staff's name); Ａ company only for -01, Ａ
		// institution only for -02, and
		// only -03 resolved
		HubScope.runAs(hub, () -> jdbc
			.sql("""
					INSERT INTO institution_referral (hub_id, consultation_id, company_id, institution_id, referred_on, reason,
					                                  consent_form, consent_on, status, outcome_on, staff_name)
					SELECT ?, c.id, c.company_id, CASE WHEN i = 2 THEN ? ELSE ? END, date '2026-05-01' + i, '資金繰りの相談',
					       'WRITTEN', date '2026-05-01', CASE WHEN i = 3 THEN 'RESOLVED' ELSE 'IN_PROGRESS' END,
					       CASE WHEN i = 3 THEN date '2026-06-30' END, ? || '-' || lpad(i::text, 2, '0')
					  FROM generate_series(1, ?) AS i JOIN consultation c ON c.id = CASE WHEN i = 1 THEN ? ELSE ? END""")
			.params(hub, first, second, word, ROWS, a, b)
			.update());

		MockHttpServletRequestBuilder list = get("/referrals").param("fiscalYear", "2026").param("q", word);
		String byDay = page(list.param("size", "20"));
		ListPages.inOrder(byDay, word + "-22", word + "-21", word + "-03");
		ListPages.numbered(byDay, ROWS, 1, 2);
		ListPages.inOrder(page(get("/referrals").param("fiscalYear", "2026").param("q", word).param("sort", "company")),
				word + "-01", word + "-02");
		ListPages.inOrder(
				page(get("/referrals").param("fiscalYear", "2026").param("q", word).param("sort", "institution")),
				word + "-02", word + "-01");
		ListPages.inOrder(page(get("/referrals").param("fiscalYear", "2026")
			.param("q", word)
			.param("sort", "status")
			.param("dir", "desc")), word + "-03", word + "-01");
		ListPages.inOrder(page(get("/referrals").param("fiscalYear", "2026").param("q", word).param("sort", "staff")),
				word + "-01", word + "-02", word + "-22");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return ListPages.html(mvc, request, logins.as(DemoLogins.KUMAMOTO_COORDINATOR));
	}

	private long consultation(String company) {
		long id = companies.create(company);
		KyotenUser coordinator = (KyotenUser) logins.principal(DemoLogins.KUMAMOTO_COORDINATOR);
		return HubScope.callAs(companies.hubId(),
				() -> record.record(new NewConsultation(id, LocalDate.of(2026, 5, 1), Channel.PHONE, Referral.NONE,
						Set.of(ManagementIssue.FINANCE), "資金繰りの相談", null, null, null, coordinator.userId(), null, null,
						null, null)));
	}

	private long institution(long hub, String name) {
		return HubScope.callAs(hub, () -> jdbc.sql("""
				INSERT INTO support_institution (hub_id, name, kind, search_text) VALUES (?, ?, 'OTHER', ?)
				RETURNING id""").params(hub, name, name).query(Long.class).single());
	}

}
