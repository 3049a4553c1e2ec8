package jp.kyoten.national;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.activity.Channel;
import jp.kyoten.activity.ManagementIssue;
import jp.kyoten.activity.NewConsultation;
import jp.kyoten.activity.Referral;
import jp.kyoten.activity.ReferralSource;
import jp.kyoten.hub.Hub;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.tenancy.HubScope;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The national view: bodies read every hub they oversee and nothing else, only counts and
 * dates, small cells suppressed, submissions with their versions and lateness, and the
 * database refuses them any hub's own rows.
 */
@KyotenSpringTest
class NationalViewTests extends NationalTestSupport {

	@Autowired
	UserAccounts accounts;

	@Autowired
	NationalBodies bodies;

	@Autowired
	TransactionTemplate tx;

	@Test
	void everyNationalPageExportAndApiAnswerHoldsCountsOnlyAndNoPersonalColumn() throws Exception {
		Set<String> personal = personalTexts(hubs.all());
		assertThat(personal).hasSizeGreaterThan(50);
		String month = YearMonth.now(jp.kyoten.platform.time.HubTime.ZONE).minusMonths(1).toString();
		List<String> pages = List.of("/national/kpis", "/national/kpis?month=" + month + "&region=KYUSHU",
				"/national/submissions", "/national/submissions?month=" + month, "/national/prefectures/43",
				"/national/prefectures/01");
		for (String page : pages) {
			String html = body(mvc.perform(get(page).with(logins.as(CABINET))).andExpect(status().isOk()).andReturn());
			assertThat(html).as(page).contains("プロフェッショナル人材戦略拠点");
			assertNoPersonal(page, html, personal);
		}
		for (String export : List.of("/national/kpis/export?format=xlsx", "/national/prefectures/43/export?format=xlsx",
				"/national/submissions/export?format=xlsx")) {
			byte[] xlsx = mvc.perform(get(export).with(logins.as(CABINET)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			String cells = cellsOf(xlsx);
			assertThat(cells).as(export).contains("熊本県プロフェッショナル人材戦略拠点");
			assertNoPersonal(export, cells, personal);
		}
		for (String export : List.of("/national/kpis/export?format=csv",
				"/national/kpis/export?format=csv&charset=Shift_JIS", "/national/kpis/export?format=pdf",
				"/national/prefectures/43/export?format=csv", "/national/submissions/export?format=csv")) {
			MvcResult r = mvc.perform(get(export).with(logins.as(CABINET))).andExpect(status().isOk()).andReturn();
			byte[] bytes = r.getResponse().getContentAsByteArray();
			assertThat(bytes).as(export).isNotEmpty();
			String text = new String(bytes, export.contains("Shift_JIS")
					? java.nio.charset.Charset.forName("windows-31j") : StandardCharsets.UTF_8);
			if (!export.contains("pdf")) {
				assertThat(text).as(export).contains("熊本県");
			}
			assertNoPersonal(export, text, personal);
		}
		// the API: the only fields are the national ones (no name but a hub's and a
		// body's), no personal value
		Set<String> allowed = Set.of("body", "fiscalYear", "month", "hubs", "regions", "nation", "hubId", "hubName",
				"hubKind", "prefectureCode", "region", "kpis", "CONSULTATIONS", "PLACEMENTS", "DIGITAL_PLACEMENTS",
				"FINANCIAL_REFERRAL_PLACEMENTS", "SIDE_JOB_NEW_COMPANY_PLACEMENTS", "yearToDate", "target",
				"achievement", "paceRate", "value", "suppressed", "area", "submitted", "late", "report", "due",
				"status", "firstSubmittedAt", "versions", "version", "submittedAt", "correction");
		for (String api : List.of("/api/v1/national/kpis", "/api/v1/national/kpis?kind=PRO_TALENT&region=KYUSHU",
				"/api/v1/national/submissions", "/api/v1/national/submissions?month=" + month)) {
			String answer = body(mvc.perform(get(api).with(logins.as(CABINET))).andExpect(status().isOk()).andReturn());
			JsonNode root = json.readTree(answer);
			Set<String> fields = new HashSet<>();
			collectFields(root, fields);
			assertThat(fields).as(api).isSubsetOf(allowed);
			assertThat(root.get("hubs").size()).as(api).isGreaterThan(0);
			assertNoPersonal(api, answer, personal);
		}
	}

	@Test
	void theDatabaseGivesABodyNoHubRowEvenWhenItAsksForThemDirectly() {
		NationalBody cabinet = bodies.byCode("cabinet-office").orElseThrow();
		Map<String, Long> counts = HubScope.callAs(null, () -> tx.execute(status -> {
			bodies.enter(cabinet);
			return Map.of("company", count("company"), "consultation", count("consultation"), "placement",
					count("placement"), "monthly_report", count("monthly_report"), "national_hub_month",
					count("national_hub_month"));
		}));
		assertThat(counts).containsEntry("company", 0L)
			.containsEntry("consultation", 0L)
			.containsEntry("placement", 0L)
			.containsEntry("monthly_report", 0L);
		assertThat(counts.get("national_hub_month")).as("the aggregate rows of 47 Pro hubs").isGreaterThan(47L * 12);
	}

	@Test
	void theYorozuHeadquartersSeesTheYorozuHubsAndNoProHub() throws Exception {
		JsonNode kpis = api("/api/v1/national/kpis", YOROZU_HQ);
		List<String> kinds = values(kpis.get("hubs"), "hubKind");
		assertThat(kinds).isNotEmpty().containsOnly("YOROZU");
		assertThat(values(kpis.get("hubs"), "hubName")).contains("熊本県よろず支援拠点", "福岡県よろず支援拠点");
		assertThat(values(api("/api/v1/national/submissions", YOROZU_HQ).get("hubs"), "hubKind"))
			.containsOnly("YOROZU");
		mvc.perform(get("/national/prefectures/13").with(logins.as(YOROZU_HQ))).andExpect(status().isNotFound());
	}

	@Test
	void theKyushuBureauSeesOnlyTheTalentProgrammesOfKyushu() throws Exception {
		Hub kanto = hubs.create(slug("kanto-programme"), "関東経済産業局 人材確保支援事業（テスト）", HubKind.TALENT_PROGRAMME, "13");
		Hub kumamoto = hubs.create(slug("kumamoto-programme"), "熊本の人材確保支援事業（テスト）", HubKind.TALENT_PROGRAMME, "43");
		refresh.refresh(kanto.getId());
		refresh.refresh(kumamoto.getId());
		JsonNode hubsSeen = api("/api/v1/national/kpis", METI_KYUSHU).get("hubs");
		assertThat(values(hubsSeen, "hubKind")).containsOnly("TALENT_PROGRAMME");
		assertThat(values(hubsSeen, "prefectureCode")).isSubsetOf(Block.KYUSHU.prefectures());
		assertThat(values(hubsSeen, "hubName")).contains("九州経済産業局 地域中小企業人材確保支援事業", kumamoto.getName())
			.doesNotContain(kanto.getName());
		String page = body(
				mvc.perform(get("/national/kpis").with(logins.as(METI_KYUSHU))).andExpect(status().isOk()).andReturn());
		assertThat(page).contains(kumamoto.getName()).doesNotContain(kanto.getName(), "県プロフェッショナル人材戦略拠点");
	}

	@Test
	void aHubsStaffIsRefusedEveryNationalPageAndApi() throws Exception {
		for (String user : List.of(DemoLogins.KUMAMOTO_MANAGER, DemoLogins.KUMAMOTO_COORDINATOR)) {
			for (String path : List.of("/national/kpis", "/national/submissions", "/national/prefectures/43",
					"/national/kpis/export?format=xlsx", "/api/v1/national/kpis", "/api/v1/national/submissions")) {
				mvc.perform(get(path).with(logins.as(user))).andExpect(status().isForbidden());
			}
		}
	}

	@Test
	void aPrefecturesOfficerSeesTheProAndTheYorozuHubOfThePrefectureSideBySide() throws Exception {
		JsonNode seen = api("/api/v1/national/kpis", "officer@kumamoto.demo").get("hubs");
		assertThat(values(seen, "prefectureCode")).containsOnly("43");
		assertThat(values(seen, "hubName")).contains("熊本県プロフェッショナル人材戦略拠点", "熊本県よろず支援拠点");
		String page = body(mvc.perform(get("/national/prefectures/43").with(logins.as("officer@kumamoto.demo")))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page).contains("熊本県プロフェッショナル人材戦略拠点", "熊本県よろず支援拠点").doesNotContain("福岡県");
		// the two pages the officer's menu offers
		for (String menu : List.of("/national/kpis", "/national/submissions")) {
			String html = body(mvc.perform(get(menu).with(logins.as("officer@kumamoto.demo")))
				.andExpect(status().isOk())
				.andReturn());
			assertThat(html).as(menu).contains("熊本県プロフェッショナル人材戦略拠点", "熊本県よろず支援拠点").doesNotContain("福岡県プロフェッショナル人材戦略拠点");
		}
		mvc.perform(get("/national/prefectures/40").with(logins.as("officer@kumamoto.demo")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aHubsCellOfFewerThanThreeIsShownAsFewerThanThreeEverywhere() throws Exception {
		TestHub hub = hub("46");
		// two new consultations in June (suppressed), three in July (shown); recorded
		// through the activity module,
		// whose event marks the months dirty for the national recount job
		long company = hub.company("少数セル株式会社");
		hub.consultation(company, LocalDate.of(2026, 6, 3));
		hub.consultation(company, LocalDate.of(2026, 6, 4));
		for (int d = 1; d <= 3; d++) {
			hub.consultation(company, LocalDate.of(2026, 7, d));
		}
		recounted(hub.id);
		JsonNode june = hubOf(api("/api/v1/national/kpis?month=2026-06", CABINET), hub.id);
		assertThat(june.at("/kpis/CONSULTATIONS/month/suppressed").asBoolean()).isTrue();
		assertThat(june.at("/kpis/CONSULTATIONS/month/value").isNull()).isTrue();
		assertThat(june.at("/kpis/CONSULTATIONS/achievement").isNull()).as("a rate would give the count away").isTrue();
		JsonNode july = hubOf(api("/api/v1/national/kpis?month=2026-07", CABINET), hub.id);
		assertThat(july.at("/kpis/CONSULTATIONS/month/value").asInt()).isEqualTo(3);
		assertThat(july.at("/kpis/CONSULTATIONS/yearToDate/value").asInt()).isEqualTo(5);

		String drill = body(mvc.perform(get("/national/prefectures/46?fiscalYear=2026").with(logins.as(CABINET)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(drill).contains(hub.name, "3未満");
		String csv = body(mvc.perform(get("/national/kpis/export?format=csv&month=2026-06").with(logins.as(CABINET)))
			.andExpect(status().isOk())
			.andReturn());
		String line = csv.lines().filter(l -> l.contains(hub.name)).findFirst().orElseThrow();
		assertThat(line).contains("3未満");
	}

	@Test
	void aLateReportIsListedAsLateAndACorrectionAsANewVersion() throws Exception {
		TestHub hub = hub("46");
		TestHub silent = hub("46");
		// June's report was due on 10 July: submitted now, it is late
		submit(hub, "2026-06");
		mvc.perform(post("/reports/monthly/2026-06/correct").with(csrf()).with(logins.as(hub.manager)))
			.andExpect(status().is3xxRedirection());
		submit(hub, "2026-06");

		JsonNode answer = api("/api/v1/national/submissions?month=2026-06", CABINET);
		JsonNode row = hubOf(answer, hub.id);
		assertThat(row.get("status").asString()).isEqualTo("LATE");
		assertThat(row.get("late").asBoolean()).isTrue();
		assertThat(values(row.get("versions"), "version")).containsExactly("1", "2");
		assertThat(row.get("versions").get(0).get("correction").asBoolean()).isFalse();
		assertThat(row.get("versions").get(1).get("correction").asBoolean()).isTrue();
		assertThat(hubOf(answer, silent.id).get("status").asString()).isEqualTo("MISSING_OVERDUE");

		String page = body(mvc.perform(get("/national/submissions?month=2026-06").with(logins.as(CABINET)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page).contains(hub.name, "期限後に提出", "第2版", "訂正版", "未提出（期限超過）");
	}

	@Test
	void theNationalFiguresOfAHubAreTheHubsOwnCounts() throws Exception {
		long kumamoto = hubs.bySlug("kumamoto").orElseThrow().getId();
		refresh.refresh(kumamoto);
		int year = Hubs.fiscalYearOf(LocalDate.now(jp.kyoten.platform.time.HubTime.ZONE));
		JsonNode own = api("/api/v1/kpis?fiscalYear=" + year, DemoLogins.KUMAMOTO_MANAGER);
		JsonNode national = hubOf(api("/api/v1/national/kpis?month=" + (year + 1) + "-03", CABINET), kumamoto);
		for (String[] pair : List.of(new String[] { "consultations", "CONSULTATIONS" },
				new String[] { "placements", "PLACEMENTS" },
				new String[] { "digitalPlacements", "DIGITAL_PLACEMENTS" })) {
			int actual = own.get(pair[0]).get("actual").asInt();
			JsonNode cell = national.at("/kpis/" + pair[1] + "/yearToDate");
			if (actual > 0 && actual < 3) {
				assertThat(cell.get("suppressed").asBoolean()).isTrue();
			}
			else {
				assertThat(cell.get("value").asInt()).as(pair[1]).isEqualTo(actual);
			}
		}
		assertThat(own.get("consultations").get("actual").asInt()).as("the demo hub has figures").isGreaterThan(3);
	}

	// --- helpers

	private void submit(TestHub hub, String month) throws Exception {
		var texts = post("/reports/monthly/" + month + "/texts").param("successStories", "事例")
			.param("issues", "課題")
			.with(csrf())
			.with(logins.as(hub.manager));
		// a correction's draft exists already: the form sends its version
		Integer draft = draftLock(hub, month);
		if (draft != null) {
			texts = texts.param("lockVersion", draft.toString());
		}
		mvc.perform(texts).andExpect(status().is3xxRedirection());
		mvc.perform(post("/reports/monthly/" + month + "/submit")
			.param("lockVersion", String.valueOf(draftLock(hub, month)))
			.with(csrf())
			.with(logins.as(hub.manager))).andExpect(status().is3xxRedirection());
	}

	private Integer draftLock(TestHub hub, String month) {
		return HubScope.callAs(hub.id, () -> jdbc
			.sql("SELECT lock_version FROM monthly_report WHERE hub_id = ? AND month = ?::date AND NOT submitted")
			.params(hub.id, month + "-01")
			.query(Integer.class)
			.optional()
			.orElse(null));
	}

	private long count(String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	private TestHub hub(String prefecture) {
		String slug = slug("national-test");
		Hub hub = hubs.create(slug, "全国テスト拠点 " + slug, HubKind.PRO_TALENT, prefecture);
		String manager = "manager@" + slug + ".test";
		accounts.createIfAbsent(hub.getId(), manager, "全国テスト 管理者", Role.HUB_MANAGER, DemoLogins.PASSWORD);
		return new TestHub(hub.getId(), slug, hub.getName(), manager);
	}

	private final class TestHub {

		final long id;

		final String slug;

		final String name;

		final String manager;

		TestHub(long id, String slug, String name, String manager) {
			this.id = id;
			this.slug = slug;
			this.name = name;
			this.manager = manager;
		}

		long company(String name) {
			return companies.in(slug).industry("E").employees(30).create(name);
		}

		void consultation(long company, LocalDate date) {
			HubScope.runAs(id, () -> consultations.record(NewConsultation.of(company, date, Channel.VISIT_IN,
					Referral.source(ReferralSource.SELF), Set.of(ManagementIssue.RECRUITMENT), "人材の相談", null)));
		}

	}

}
