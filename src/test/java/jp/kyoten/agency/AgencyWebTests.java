package jp.kyoten.agency;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Agency pages and API: hub isolation, roles, validation in Japanese, problem+json,
 * escaping, audit.
 */
@KyotenSpringTest
class AgencyWebTests {

	static final String CLERK = "clerk-agency@kumamoto.demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReceiveAgencyApplication receive;

	@Autowired
	ManageAgencyContacts contacts;

	@Autowired
	UserAccounts accounts;

	@Test
	void anotherHubsAgencyAnswers404OnPageAndApiAndIsAbsentFromTheList() throws Exception {
		long fukuokaAgency = HubScope.callAs(hub("fukuoka"),
				() -> receive.receive(AgencyMother.agency().named("福岡だけの人材会社").serves("40").build()));
		mvc.perform(get("/agencies/{id}", fukuokaAgency).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/agencies/{id}/edit", fukuokaAgency).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/agencies/{id}", fukuokaAgency).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("指定された記録は存在しないか、参照する権限がありません。"));
		mvc.perform(get("/agencies").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("株式会社ひのくに人材")))
			.andExpect(content().string(not(containsString("福岡だけの人材会社"))))
			.andExpect(content().string(not(containsString("株式会社はかたキャリアブリッジ"))));
		mvc.perform(get("/api/v1/agencies").param("size", "200").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].name", not(hasItem("福岡だけの人材会社"))));
	}

	@Test
	void aStatusChangeOnAnotherHubsAgencyChangesNothing() throws Exception {
		long fukuokaAgency = HubScope.callAs(hub("fukuoka"), () -> receive.receive(AgencyMother.agency().build()));
		mvc.perform(post("/agencies/{id}/status", fukuokaAgency).param("transition", "REVOKE")
			.param("reason", "他拠点")
			.with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))).andExpect(status().isNotFound());
		mvc.perform(post("/agencies/{id}/checks/{r}", fukuokaAgency, 1).param("satisfied", "true")
			.with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))).andExpect(status().isNotFound());
		assertThat(HubScope.callAs(hub("fukuoka"),
				() -> jdbc.sql("SELECT status FROM recruitment_agency WHERE id = ?")
					.param(fukuokaAgency)
					.query(String.class)
					.single()))
			.isEqualTo("APPLIED");
	}

	@Test
	void clerkReadsAgenciesButCannotWriteOrTick() throws Exception {
		clerk();
		long id = HubScope.callAs(hub("kumamoto"), () -> receive.receive(AgencyMother.agency().build()));
		mvc.perform(get("/agencies").with(logins.as(CLERK))).andExpect(status().isOk());
		mvc.perform(get("/agencies/{id}", id).with(logins.as(CLERK)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("value=\"REGISTER\""))));
		mvc.perform(get("/api/v1/agencies/{id}", id).with(logins.as(CLERK))).andExpect(status().isOk());
		mvc.perform(get("/agencies/new").with(logins.as(CLERK))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/agencies").with(logins.as(CLERK))
			.contentType(MediaType.APPLICATION_JSON)
			.content(validJson("43-ユ-399999"))).andExpect(status().isForbidden());
		mvc.perform(get("/agencies/requirements").with(logins.as(CLERK))).andExpect(status().isForbidden());
	}

	@Test
	void onlyManagersEditTheRequirements() throws Exception {
		mvc.perform(get("/agencies/requirements").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/agencies/requirements").param("label", "追加要件")
			.param("sortOrder", "90")
			.with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))).andExpect(status().isForbidden());
		mvc.perform(get("/agencies/requirements").with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("反社会的勢力でないことの誓約")));
		mvc.perform(post("/agencies/requirements").param("label", "福岡県の人材確保協議会への加入")
			.param("sortOrder", "90")
			.with(csrf())
			.with(logins.as(DemoLogins.FUKUOKA_MANAGER))).andExpect(status().is3xxRedirection());
		assertThat(HubScope.callAs(hub("fukuoka"),
				() -> jdbc.sql("SELECT count(*) FROM agency_requirement " + "WHERE label = '福岡県の人材確保協議会への加入'")
					.query(Long.class)
					.single()))
			.isEqualTo(1);
		assertThat(HubScope.callAs(hub("kumamoto"),
				() -> jdbc.sql("SELECT count(*) FROM agency_requirement " + "WHERE label = '福岡県の人材確保協議会への加入'")
					.query(Long.class)
					.single()))
			.isZero();
	}

	@Test
	void rejectsABadLicenceNumberAndAMissingNameInJapanese() throws Exception {
		mvc.perform(post("/agencies").with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.param("name", " ")
			.param("licenceNumber", "43-A-12")
			.param("employmentForms", "FULL_TIME")
			.param("jobCategories", "SALES")
			.param("prefectureCodes", "43"))
			.andExpect(status().isOk())
			.andExpect(view().name("agency/form"))
			.andExpect(model().attributeHasFieldErrors("agencyForm", "name", "licenceNumber"))
			.andExpect(content().string(containsString("事業者名を入力してください。")))
			.andExpect(content().string(containsString("許可番号は「43-ユ-300123」の形式")));
	}

	@Test
	void createsAnApplicationFromTheFormWithFullWidthLicenceNumber() throws Exception {
		var result = mvc
			.perform(post("/agencies").with(csrf())
				.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
				.param("name", "株式会社フォーム登録")
				.param("licenceNumber", "４３－ユ－３８８８８８")
				.param("employmentForms", "FULL_TIME", "SIDE_JOB")
				.param("jobCategories", "SALES", "HR")
				.param("industries", "E")
				.param("prefectureCodes", "43", "44")
				.param("agreementDate", "2026-04-01")
				.param("agreementEnd", "2028-03-31"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().replace("/agencies/", ""));
		var row = HubScope.callAs(hub("kumamoto"),
				() -> jdbc.sql("""
						SELECT licence_number, status, array_to_string(employment_forms, ','),
						       array_to_string(prefecture_codes, ','), hub_id
						  FROM recruitment_agency WHERE id = ?""")
					.param(id)
					.query((rs, n) -> java.util.List.of(rs.getString(1), rs.getString(2), rs.getString(3),
							rs.getString(4), rs.getString(5)))
					.single());
		assertThat(row).containsExactly("43-ユ-388888", "APPLIED", "FULL_TIME,SIDE_JOB", "43,44",
				String.valueOf(hub("kumamoto")));
		mvc.perform(get("/agencies/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("副業・兼業")))
			.andExpect(content().string(containsString("熊本県")));
	}

	@Test
	void escapesAScriptInTheNameOnTheListPage() throws Exception {
		HubScope.callAs(hub("kumamoto"),
				() -> receive.receive(AgencyMother.agency().named("<script>alert(1)</script>").build()));
		mvc.perform(get("/agencies").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
	}

	@Test
	void filtersTheListByStatusStrengthAndRegionAndAnswersAFragmentToHtmx() throws Exception {
		mvc.perform(get("/agencies").param("status", "SUSPENDED").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("株式会社デジタル人材バンク南九州")))
			.andExpect(content().string(not(containsString("株式会社ひのくに人材"))));
		mvc.perform(get("/agencies").param("employmentForm", "ADVISOR")
			.param("jobCategory", "LEGAL")
			.param("prefecture", "01")
			.header("HX-Request", "true")
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("<div id=\"results\"")))
			.andExpect(content().string(containsString("株式会社ミライ顧問ネットワーク")))
			.andExpect(content().string(containsString("全国")))
			.andExpect(content().string(not(containsString("株式会社ひのくに人材"))));
		mvc.perform(get("/agencies").param("status", "APPLIED")
			.param("prefecture", "43")
			.header("HX-Request", "true")
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("火の国キャリアデザイン株式会社")))
			.andExpect(content().string(containsString("熊本県")))
			.andExpect(content().string(not(containsString("null"))));
	}

	@Test
	void editsTheStrengthsAndRefusesAStaleVersion() throws Exception {
		var mother = AgencyMother.agency().named("株式会社編集テスト人材");
		long id = HubScope.callAs(hub("kumamoto"), () -> receive.receive(mother.build()));
		mvc.perform(post("/agencies/{id}", id).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.param("name", "株式会社編集テスト人材")
			.param("licenceNumber", mother.licenceNumber())
			.param("employmentForms", "ADVISOR")
			.param("jobCategories", "LEGAL", "FINANCE")
			.param("prefectureCodes", "02", "01")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		assertThat(HubScope.callAs(hub("kumamoto"), () -> jdbc.sql("""
				SELECT array_to_string(employment_forms, ',') || ' ' || array_to_string(job_categories, ',') || ' '
				       || array_to_string(prefecture_codes, ',') || ' ' || version
				  FROM recruitment_agency WHERE id = ?""").param(id).query(String.class).single()))
			.isEqualTo("ADVISOR FINANCE,LEGAL 01,02 1");
		mvc.perform(post("/agencies/{id}", id).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.param("name", "古い画面から")
			.param("licenceNumber", mother.licenceNumber())
			.param("employmentForms", "FULL_TIME")
			.param("jobCategories", "SALES")
			.param("prefectureCodes", "43")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(view().name("agency/form"))
			.andExpect(content().string(containsString("他の人が先に更新しました。")));
		assertThat(audits("UPDATE", "agency", id)).isEqualTo(1);
	}

	@Test
	void apiCreatesAnApplicationWith201AndLocation() throws Exception {
		var result = mvc
			.perform(post("/api/v1/agencies").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
				.contentType(MediaType.APPLICATION_JSON)
				.content(validJson("43-ユ-377777")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/agencies/")))
			.andExpect(jsonPath("$.status").value("APPLIED"))
			.andExpect(jsonPath("$.licenceNumber").value("43-ユ-377777"))
			.andExpect(jsonPath("$.employmentForms[0]").value("FULL_TIME"))
			.andExpect(jsonPath("$.employmentForms[1]").value("SIDE_JOB"))
			.andExpect(jsonPath("$.jobCategories[0]").value("IT_ENGINEER"))
			.andExpect(jsonPath("$.prefectureCodes[0]").value("43"))
			.andReturn();
		String location = result.getResponse().getHeader("Location");
		mvc.perform(get(location).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("API登録の人材会社"));
		mvc.perform(get("/api/v1/agencies").param("status", "APPLIED").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(50))
			.andExpect(jsonPath("$.content[*].status", not(hasItem("REGISTERED"))))
			.andExpect(jsonPath("$.content[*].name", hasItem("API登録の人材会社")));
	}

	@Test
	void apiRejectsUnknownCodesAndABadLicenceNumberWithJapaneseProblemDetails() throws Exception {
		mvc.perform(post("/api/v1/agencies").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "コード誤りの人材会社", "licenceNumber": "43-300123",
					 "employmentForms": ["FULL_TIME", "PART_TIME"], "jobCategories": ["SALES"],
					 "prefectureCodes": ["43", "48"]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("入力内容に誤りがあります。"))
			.andExpect(jsonPath("$.errors[?(@.field == 'licenceNumber')].message",
					hasItem(containsString("許可番号は「43-ユ-300123」の形式"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'employmentForms[1]')].message",
					hasItem(containsString("雇用形態のコードが正しくありません。"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'prefectureCodes[1]')].message",
					hasItem(containsString("都道府県コードは 01〜47"))));
		mvc.perform(post("/api/v1/agencies").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"licenceNumber\": \"43-ユ-366666\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'name')].message", hasItem("事業者名（name）を入力してください。")))
			.andExpect(jsonPath("$.errors[?(@.field == 'employmentForms')]").exists());
	}

	@Test
	void apiAnswersADuplicateLicenceWith409() throws Exception {
		String licence = AgencyMother.agency().licenceNumber();
		mvc.perform(post("/api/v1/agencies").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content(validJson(licence))).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/agencies").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content(validJson(licence)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("agency.licence.taken"));
	}

	@Test
	void auditsCreationAndTheViewOfContactPersons() throws Exception {
		long id = HubScope.callAs(hub("kumamoto"), () -> receive.receive(AgencyMother.agency().build()));
		assertThat(audits("CREATE", "agency", id)).isEqualTo(1);
		// the add form is the one contact-person form of platform/contact, in the
		// agency's words
		mvc.perform(get("/agencies/{id}/contacts/new", id).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("担当者を追加")))
			.andExpect(content().string(containsString("action=\"/agencies/" + id + "/contacts\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("??"))));
		mvc.perform(post("/agencies/{id}/contacts", id).param("name", "担当 太郎")
			.param("email", "taro@example.jp")
			.with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/agencies/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("担当 太郎")));
		assertThat(audits("VIEW", "agency", id)).isEqualTo(1);
		long contactId = HubScope.callAs(hub("kumamoto"),
				() -> jdbc.sql("SELECT id FROM agency_contact " + "WHERE agency_id = ?")
					.param(id)
					.query(Long.class)
					.single());
		mvc.perform(post("/agencies/{id}/contacts/{c}/delete", id, contactId).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))).andExpect(status().is3xxRedirection());
		assertThat(audits("DELETE", "agency_contact", contactId)).isEqualTo(1);
	}

	@Test
	void aContactPersonKeepsNotesAndRefusesAStaleEdit() throws Exception {
		long id = HubScope.callAs(hub("kumamoto"), () -> receive.receive(AgencyMother.agency().build()));
		long contactId = HubScope.callAs(hub("kumamoto"), () -> contacts.add(id,
				new jp.kyoten.platform.contact.ContactPerson("同時 花子", null, null, null, null, null, null)));
		mvc.perform(post("/agencies/{id}/contacts/{c}", id, contactId).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.param("version", "0")
			.param("name", "同時 花子")
			.param("notes", "先に保存したメモ")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/agencies/{id}/contacts/{c}", id, contactId).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.param("version", "0")
			.param("name", "同時 花子")
			.param("notes", "後から入力したメモ"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("他の人が先に更新しました。")))
			.andExpect(content().string(containsString("後から入力したメモ")));
		assertThat(HubScope.callAs(hub("kumamoto"), () -> contacts.find(id, contactId))).satisfies(c -> {
			assertThat(c.person().notes()).isEqualTo("先に保存したメモ");
			assertThat(c.version()).isEqualTo(1);
		});
	}

	private long audits(String action, String type, long id) {
		return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = ? AND entity_type = ? AND entity_id = ?")
			.params(action, type, String.valueOf(id))
			.query(Long.class)
			.single();
	}

	private static String validJson(String licence) {
		return """
				{"name": "API登録の人材会社", "licenceNumber": "%s",
				 "employmentForms": ["SIDE_JOB", "FULL_TIME"], "jobCategories": ["IT_ENGINEER"],
				 "industries": ["G"], "prefectureCodes": ["43"], "agreementDate": "2026-04-01",
				 "agreementEnd": "2028-03-31"}""".formatted(licence);
	}

	private void clerk() {
		accounts.createIfAbsent(hub("kumamoto"), CLERK, "受付 花子", Role.CLERK, DemoLogins.PASSWORD);
	}

	@Test
	void theListOpensByRegistrationStatusAndSortsByNameLicenceAndLastChangeAndNumbersItsPages() throws Exception {
		String word = "業並" + jp.kyoten.matching.MatchingFixture.unique();
		long hub = hub("kumamoto");
		int licences = 100_000 + (int) (System.nanoTime() % 800_000);
		// -01 suspended, the rest applied (申請中 first); licence numbers fall as the tag
		// rises; each changed a day before the last
		HubScope.runAs(hub, () -> jdbc.sql("""
				INSERT INTO recruitment_agency (hub_id, name, licence_number, status, status_changed_at)
				SELECT ?, ? || '-' || lpad(i::text, 2, '0'), '43-ユ-' || lpad((? + 100 - i)::text, 6, '0'),
				       CASE WHEN i = 1 THEN 'SUSPENDED' ELSE 'APPLIED' END, now() - i * interval '1 day'
				  FROM generate_series(1, 22) AS i""").params(hub, word, licences).update());

		String byStatus = page(get("/agencies").param("q", word).param("size", "20"));
		jp.kyoten.ListPages.inOrder(byStatus, word + "-02", word + "-03", word + "-21");
		jp.kyoten.ListPages.numbered(byStatus, 22, 1, 2);
		jp.kyoten.ListPages.inOrder(page(get("/agencies").param("q", word).param("page", "1").param("size", "20")),
				word + "-22", word + "-01");
		jp.kyoten.ListPages.inOrder(page(get("/agencies").param("q", word).param("sort", "name")), word + "-01",
				word + "-02", word + "-22");
		jp.kyoten.ListPages.inOrder(page(get("/agencies").param("q", word).param("sort", "licence")), word + "-22",
				word + "-21", word + "-01");
		jp.kyoten.ListPages.inOrder(page(get("/agencies").param("q", word).param("sort", "changed")), word + "-01",
				word + "-02", word + "-22");
		jp.kyoten.ListPages.inOrder(
				page(get("/agencies").param("q", word).param("sort", "changed").param("dir", "asc")), word + "-22",
				word + "-01");
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return jp.kyoten.ListPages.html(mvc, request, logins.as(DemoLogins.KUMAMOTO_COORDINATOR));
	}

	private long hub(String slug) {
		return jdbc.sql("SELECT id FROM hub WHERE slug = ?").param(slug).query(Long.class).single();
	}

}
