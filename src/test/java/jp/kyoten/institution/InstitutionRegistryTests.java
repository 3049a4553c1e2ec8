package jp.kyoten.institution;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
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
 * Institution pages, API and public read API: hub isolation, search, validation, roles,
 * audit, escaping.
 */
@KyotenSpringTest
class InstitutionRegistryTests {

	static final String CLERK = "clerk-institution@kumamoto.demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ManageInstitutionContacts institutionContacts;

	@Autowired
	RegisterInstitution register;

	@Autowired
	Institutions institutions;

	@Autowired
	UserAccounts accounts;

	@Test
	void listsOnlyTheHubsOwnInstitutions() throws Exception {
		mvc.perform(get("/institutions").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("肥後銀行")))
			.andExpect(content().string(containsString("日本政策金融公庫 熊本支店")))
			.andExpect(content().string(not(containsString("福岡銀行"))));
		mvc.perform(get("/api/v1/institutions").param("size", "200").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].name", hasItem("肥後銀行")))
			.andExpect(jsonPath("$.content[*].name", not(hasItem("福岡銀行"))));
	}

	@Test
	void anotherHubsInstitutionAnswers404OnPageAndApi() throws Exception {
		long fukuokaBank = inFukuoka(() -> register.register(details("福岡だけの信用金庫", InstitutionKind.SHINKIN_BANK)));
		mvc.perform(get("/institutions/{id}", fukuokaBank).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/institutions/{id}/edit", fukuokaBank).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/institutions/{id}/contacts", fukuokaBank).param("name", "越境 太郎")
			.with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/institutions/{id}", fukuokaBank).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("指定された記録は存在しないか、参照する権限がありません。"));
		assertThat(inKumamoto(() -> institutions.find(fukuokaBank))).isEmpty();
		assertThatThrownBy(() -> inKumamoto(() -> institutions.isFinancial(fukuokaBank)))
			.isInstanceOf(RecordNotFoundException.class);
		assertThat(inFukuoka(() -> institutions.isFinancial(fukuokaBank))).isTrue();
	}

	@Test
	void findsByNameKanaOrBranchIgnoringWidthAndKanaKind() throws Exception {
		mvc.perform(get("/institutions").param("q", "ひご").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("肥後銀行")))
			.andExpect(content().string(not(containsString("熊本銀行"))));
		mvc.perform(get("/institutions").param("q", "ｸﾏﾓﾄｼﾝﾖｳ").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(content().string(containsString("熊本信用金庫")))
			.andExpect(content().string(not(containsString("肥後銀行"))));
		mvc.perform(get("/institutions").param("q", "熊本　支店").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(content().string(containsString("日本政策金融公庫 熊本支店")));
		mvc.perform(get("/institutions").param("q", "%").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(content().string(containsString("該当する支援機関はありません。")));
	}

	@Test
	void filtersFinancialInstitutionsAndAnswersAFragmentToHtmx() throws Exception {
		mvc.perform(get("/institutions").param("financial", "true")
			.header("HX-Request", "true")
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("<div id=\"results\"")))
			.andExpect(content().string(containsString("熊本第一信用金庫")))
			.andExpect(content().string(not(containsString("熊本商工会議所"))))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/institutions").param("kind", "UNIVERSITY").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(content().string(containsString("熊本大学")))
			.andExpect(content().string(not(containsString("肥後銀行"))));
		assertThat(inKumamoto(() -> institutions.financial())).extracting(InstitutionView::name)
			.contains("肥後銀行", "熊本銀行", "熊本信用金庫", "熊本県信用組合", "日本政策金融公庫")
			.doesNotContain("熊本商工会議所", "熊本大学");
	}

	@Test
	void createsAnInstitutionInTheHubAndAuditsIt() throws Exception {
		var result = mvc
			.perform(post("/institutions").with(csrf())
				.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
				.param("name", "熊本県行政書士会")
				.param("nameKana", "クマモトケンギョウセイショシカイ")
				.param("kind", "PROFESSIONAL")
				.param("postalCode", "８６２０９５０")
				.param("phone", "０９６－０００－００００")
				.param("url", "https://example.jp/gyosei"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().replace("/institutions/", ""));
		var row = inKumamoto(() -> jdbc.sql("""
				SELECT hub_id, kind, postal_code, phone, search_text, active, version
				  FROM support_institution WHERE id = ?""")
			.param(id)
			.query((rs, n) -> java.util.List.of(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getBoolean(6), rs.getInt(7)))
			.single());
		assertThat(row).containsExactly(hub("kumamoto"), "PROFESSIONAL", "862-0950", "096-000-0000",
				"熊本県行政書士会\nクマモトケンギョウセイショシカイ", true, 0);
		assertThat(jdbc
			.sql("SELECT count(*) FROM audit_log WHERE action = 'CREATE' AND entity_type = 'institution' "
					+ "AND entity_id = ? AND actor_email = ? AND hub_id = ?")
			.params(String.valueOf(id), DemoLogins.KUMAMOTO_COORDINATOR, hub("kumamoto"))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void rejectsAMissingNameAndABadPostalCodeInJapanese() throws Exception {
		mvc.perform(post("/institutions").with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.param("name", "　")
			.param("kind", "")
			.param("postalCode", "86-01")
			.param("url", "javascript:alert(1)"))
			.andExpect(status().isOk())
			.andExpect(view().name("institution/form"))
			.andExpect(model().attributeHasFieldErrors("institutionForm", "name", "kind", "postalCode", "url"))
			.andExpect(content().string(containsString("名称を入力してください。")))
			.andExpect(content().string(containsString("種別を選択してください。")))
			.andExpect(content().string(containsString("郵便番号は「860-0001」の形式")))
			.andExpect(content().string(containsString("URL は http:// または https:// で始まる形で入力してください。")));
	}

	@Test
	void refusesADuplicateNameAndBranch() throws Exception {
		mvc.perform(post("/institutions").with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.param("name", "肥後銀行")
			.param("kind", "REGIONAL_BANK"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("institutionForm", "name"))
			.andExpect(content().string(containsString("「肥後銀行」は既に登録されています。")));
	}

	@Test
	void editsAnInstitutionAndRefusesAStaleVersion() throws Exception {
		long id = inKumamoto(() -> register.register(details("編集テスト商工会", InstitutionKind.SOCIETY_OF_COMMERCE)));
		mvc.perform(post("/institutions/{id}", id).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.param("name", "編集テスト商工会")
			.param("kind", "SOCIETY_OF_COMMERCE")
			.param("address", "熊本県宇城市")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/institutions/{id}", id).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.param("name", "古い画面からの保存")
			.param("kind", "SOCIETY_OF_COMMERCE")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("他の人が先に更新しました。")));
		assertThat(inKumamoto(() -> institutions.get(id))).satisfies(i -> {
			assertThat(i.name()).isEqualTo("編集テスト商工会");
			assertThat(i.address()).isEqualTo("熊本県宇城市");
			assertThat(i.active()).isFalse();
			assertThat(i.version()).isEqualTo(1);
		});
	}

	@Test
	void clerkReadsInstitutionsButCannotChangeThem() throws Exception {
		accounts.createIfAbsent(hub("kumamoto"), CLERK, "受付 次郎", Role.CLERK, DemoLogins.PASSWORD);
		long id = inKumamoto(() -> register.register(details("受付テスト大学", InstitutionKind.UNIVERSITY)));
		mvc.perform(get("/institutions").with(logins.as(CLERK))).andExpect(status().isOk());
		mvc.perform(get("/institutions/{id}", id).with(logins.as(CLERK)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/institutions/" + id + "/edit"))));
		mvc.perform(get("/institutions/new").with(logins.as(CLERK))).andExpect(status().isForbidden());
		// the contact-person pages are platform/contact's, under the institution's rule
		mvc.perform(get("/institutions/{id}/contacts/new", id).with(logins.as(CLERK)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/institutions/{id}/contacts", id).param("name", "受付が追加").with(csrf()).with(logins.as(CLERK)))
			.andExpect(status().isForbidden());
		mvc.perform(
				post("/institutions").param("name", "受付が登録").param("kind", "OTHER").with(csrf()).with(logins.as(CLERK)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/institutions").with(logins.as(CLERK))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"受付がAPIで登録\", \"kind\": \"OTHER\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void contactsAreAddedEditedAndRemovedAndShowingThemIsAudited() throws Exception {
		long id = inKumamoto(() -> register.register(details("担当者テスト信用組合", InstitutionKind.CREDIT_COOPERATIVE)));
		mvc.perform(post("/institutions/{id}/contacts", id).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.param("name", "融資 一郎")
			.param("department", "融資部")
			.param("email", "not-an-email"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("contactForm", "email"));
		mvc.perform(post("/institutions/{id}/contacts", id).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.param("name", "融資 一郎")
			.param("department", "融資部")
			.param("email", "yushi@example.jp")).andExpect(status().is3xxRedirection());
		long contactId = inKumamoto(() -> jdbc.sql("SELECT id FROM institution_contact WHERE institution_id = ?")
			.param(id)
			.query(Long.class)
			.single());
		// the edit form is the one contact-person form of platform/contact, in the
		// institution's words, and showing the person to edit is audited
		mvc.perform(get("/institutions/{id}/contacts/{c}/edit", id, contactId)
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("担当者の編集")))
			.andExpect(content().string(containsString("value=\"融資 一郎\"")))
			.andExpect(content().string(containsString("/institutions/" + id + "/contacts/" + contactId)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("??"))));
		assertThat(audits("VIEW", "institution_contact", contactId)).isEqualTo(1);
		mvc.perform(post("/institutions/{id}/contacts/{c}", id, contactId).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.param("version", "0")
			.param("name", "融資 一郎")
			.param("title", "課長")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/institutions/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("融資 一郎")))
			.andExpect(content().string(containsString("課長")));
		assertThat(audits("VIEW", "institution", id)).isEqualTo(1);
		mvc.perform(post("/institutions/{id}/contacts/{c}/delete", id, contactId).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))).andExpect(status().is3xxRedirection());
		assertThat(inKumamoto(() -> institutionContacts.listOf(id))).isEmpty();
		assertThat(audits("CREATE", "institution_contact", contactId)).isEqualTo(1);
		assertThat(audits("UPDATE", "institution_contact", contactId)).isEqualTo(1);
		assertThat(audits("DELETE", "institution_contact", contactId)).isEqualTo(1);
	}

	@Test
	void escapesAScriptInTheNameOnTheListPage() throws Exception {
		inKumamoto(() -> register.register(details("<script>alert(1)</script>", InstitutionKind.OTHER)));
		mvc.perform(get("/institutions").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
	}

	@Test
	void apiCreatesAnInstitutionWith201AndLocation() throws Exception {
		var result = mvc
			.perform(post("/api/v1/institutions").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"熊本県中小企業診断協会\", \"kind\": \"PROFESSIONAL\", \"postalCode\": \"8600806\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/institutions/")))
			.andExpect(jsonPath("$.name").value("熊本県中小企業診断協会"))
			.andExpect(jsonPath("$.kind").value("PROFESSIONAL"))
			.andExpect(jsonPath("$.postalCode").value("860-0806"))
			.andReturn();
		mvc.perform(get(result.getResponse().getHeader("Location")).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("PROFESSIONAL"));
		mvc.perform(get("/api/v1/institutions").param("q", "診断").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].name", hasItem("熊本県中小企業診断協会")));
		mvc.perform(get("/api/v1/institutions").param("kind", "SHINKIN_BANK")
			.param("size", "1")
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(1))
			.andExpect(jsonPath("$.page").value(0))
			// the demo's two 信用金庫 at least; other tests sharing the database may add
			// theirs
			.andExpect(jsonPath("$.totalElements", greaterThanOrEqualTo(2)))
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.content[*].kind", everyItem(is("SHINKIN_BANK"))));
	}

	@Test
	void apiRejectsAnUnknownKindAndAMissingNameWithJapaneseProblemDetails() throws Exception {
		mvc.perform(post("/api/v1/institutions").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"謎の機関\", \"kind\": \"BANK\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("入力内容に誤りがあります。"))
			.andExpect(jsonPath("$.errors[0].field").value("kind"))
			.andExpect(jsonPath("$.errors[0].message", startsWith("種別（kind）のコードが正しくありません。")));
		mvc.perform(post("/api/v1/institutions").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"OTHER\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("名称（name）を入力してください。"));
		mvc.perform(get("/api/v1/institutions/{id}", Long.MAX_VALUE).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private long audits(String action, String type, long id) {
		return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = ? AND entity_type = ? AND entity_id = ?")
			.params(action, type, String.valueOf(id))
			.query(Long.class)
			.single();
	}

	@Test
	void theListOpensByKindSortsByNameAndKindAndNumbersItsPages() throws Exception {
		String word = "機並" + jp.kyoten.matching.MatchingFixture.unique();
		long hub = hub("kumamoto");
		// -01 a university, the rest other institutions: the kinds in the order of
		// DOMAIN.md, then the name
		for (int i = 1; i <= 22; i++) {
			String name = word + "-%02d".formatted(i);
			String kind = i == 1 ? "UNIVERSITY" : "OTHER";
			HubScope.runAs(hub,
					() -> jdbc.sql("""
							INSERT INTO support_institution (hub_id, name, kind, search_text) VALUES (?, ?, ?, ?)""")
						.params(hub, name, kind, SearchText.of(name))
						.update());
		}

		String byKind = page(get("/institutions").param("q", word).param("size", "20"));
		jp.kyoten.ListPages.inOrder(byKind, word + "-01", word + "-02", word + "-20");
		jp.kyoten.ListPages.numbered(byKind, 22, 1, 2);
		jp.kyoten.ListPages.inOrder(
				page(get("/institutions").param("q", word).param("sort", "kind").param("dir", "desc")), word + "-22",
				word + "-02", word + "-01");
		jp.kyoten.ListPages.inOrder(
				page(get("/institutions").param("q", word).param("sort", "name").param("dir", "desc")), word + "-22",
				word + "-21", word + "-01");
		jp.kyoten.ListPages.inOrder(page(get("/institutions").param("q", word).param("page", "1").param("size", "20")),
				word + "-21", word + "-22");
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return jp.kyoten.ListPages.html(mvc, request, logins.as(DemoLogins.KUMAMOTO_COORDINATOR));
	}

	private static InstitutionDetails details(String name, InstitutionKind kind) {
		return new InstitutionDetails(name, null, kind, null, null, null, null, null, null);
	}

	private <T> T inKumamoto(java.util.function.Supplier<T> work) {
		return HubScope.callAs(hub("kumamoto"), work);
	}

	private <T> T inFukuoka(java.util.function.Supplier<T> work) {
		return HubScope.callAs(hub("fukuoka"), work);
	}

	private long hub(String slug) {
		return jdbc.sql("SELECT id FROM hub WHERE slug = ?").param(slug).query(Long.class).single();
	}

}
