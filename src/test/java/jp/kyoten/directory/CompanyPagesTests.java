package jp.kyoten.directory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@KyotenSpringTest
class CompanyPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	RegisterCompany register;

	@Autowired
	jp.kyoten.TestCompanies companies;

	long kumamoto;

	@BeforeEach
	void hub() {
		kumamoto = CompanyMother.hubId(jdbc, "kumamoto");
	}

	@Test
	void theDirectoryOpensInKanaOrderSortsByMunicipalityAndSizeAndNumbersItsPages() throws Exception {
		String word = "社並" + jp.kyoten.matching.MatchingFixture.unique();
		// fewer employees as the tag rises; -01 in 八代市, the rest in 熊本市
		for (int i = 1; i <= 22; i++) {
			companies.employees(300 - i * 10)
				.municipality(i == 1 ? "43202" : "43100")
				.create(word + "-%02d".formatted(i));
		}

		String byKana = page(get("/companies").param("q", word));
		jp.kyoten.ListPages.inOrder(byKana, word + "-01", word + "-02", word + "-20");
		jp.kyoten.ListPages.numbered(byKana, 22, 1, 2);
		assertThat(byKana).contains("八代市").doesNotContain(">43202<");
		jp.kyoten.ListPages.inOrder(page(get("/companies").param("q", word).param("page", "1")), word + "-21",
				word + "-22");
		jp.kyoten.ListPages.inOrder(page(get("/companies").param("q", word).param("sort", "name").param("dir", "desc")),
				word + "-22", word + "-21");
		jp.kyoten.ListPages.inOrder(
				page(get("/companies").param("q", word).param("sort", "municipality").param("size", "50")),
				word + "-02", word + "-22", word + "-01");
		jp.kyoten.ListPages.inOrder(page(get("/companies").param("q", word).param("sort", "employees")), word + "-22",
				word + "-21", word + "-03");
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return jp.kyoten.ListPages.html(mvc, request, logins.as(DemoLogins.KUMAMOTO_COORDINATOR));
	}

	@Test
	void agencyUsersAndPrefectureOfficersMayNotOpenTheDirectory() throws Exception {
		for (Role role : new Role[] { Role.AGENCY_USER, Role.PREFECTURE_OFFICER }) {
			String email = role.name().toLowerCase() + "-" + System.nanoTime() + "@kumamoto.demo";
			if (role == Role.AGENCY_USER) {
				accounts.createAgencyUserIfAbsent(kumamoto, DemoLogins.anyAgencyOf(jdbc, kumamoto), email, "外部 利用者",
						DemoLogins.PASSWORD);
			}
			else {
				accounts.createIfAbsent(kumamoto, email, "外部 利用者", role, DemoLogins.PASSWORD);
			}
			mvc.perform(get("/companies").with(logins.as(email))).andExpect(status().isForbidden());
			mvc.perform(get("/companies/new").with(logins.as(email))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/companies").with(logins.as(email))).andExpect(status().isForbidden());
		}
	}

	@Test
	void aScriptInACompanyNameIsShownAsText() throws Exception {
		long id = CompanyMother.company("<script>alert(1)</script>").kana("すくりぷと").registerIn(kumamoto, register);
		mvc.perform(get("/companies").param("q", "すくりぷと").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
		mvc.perform(get("/companies/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
	}

	@Test
	void invalidInputIsExplainedInJapaneseAndKept() throws Exception {
		mvc.perform(post("/companies").with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.param("data.name", "")
			.param("data.nameKana", "てすと")
			.param("data.corporateNumber", "8000012050002")
			.param("data.postalCode", "86-0001")
			.param("data.municipalityCode", "40130")
			.param("data.prefectureCode", "43")
			.param("data.employees", "-3")
			.param("data.industry", "Z"))
			.andExpect(status().isOk())
			.andExpect(view().name("companies/form"))
			.andExpect(model().attributeHasFieldErrors("companyForm", "data.name", "data.corporateNumber",
					"data.postalCode", "data.municipalityCode", "data.employees", "data.industry"))
			.andExpect(content().string(containsString("入力してください。")))
			.andExpect(content().string(containsString("法人番号の先頭（チェックデジット）が残りの12桁と合いません")))
			.andExpect(content().string(containsString("郵便番号は「860-0001」の形式")))
			.andExpect(content().string(containsString("その市区町村は選んだ都道府県にありません")))
			.andExpect(content().string(containsString("0 以上の数値を入力してください。")))
			.andExpect(content().string(containsString("value=\"テスト\"")));
		mvc.perform(post("/companies").with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.param("data.name", "桁数確認")
			.param("data.corporateNumber", "12345"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("法人番号は半角数字13桁で入力してください。")));
	}

	@Test
	void aMunicipalityIsChosenByNameAndKeptAsItsCode() throws Exception {
		var result = mvc
			.perform(post("/companies").with(csrf())
				.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
				.param("data.name", "株式会社名前で選ぶ" + System.nanoTime())
				.param("data.prefectureCode", "43")
				.param("data.municipalityCode", "菊陽町"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		assertThat(HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT municipality_code FROM company WHERE id = ?")
					.param(id)
					.query(String.class)
					.single()))
			.isEqualTo("43404");

		String form = mvc.perform(get("/companies/{id}/edit", id).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("value=\"菊陽町\"", "<option value=\"43\" selected=\"selected\">熊本県</option>",
				"hx-get=\"/places/municipalities?field=data.municipalityCode&amp;prefectureField=data.prefectureCode\"")
			.doesNotContain("value=\"43404\"");

		mvc.perform(get("/places/municipalities").param("field", "m")
			.param("m", "菊")
			.param("prefectureField", "p")
			.param("p", "43")
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"菊陽町\">きくようまち</option>")))
			.andExpect(content().string(containsString("<option value=\"菊池市\">きくちし</option>")))
			.andExpect(content().string(not(containsString("熊本市"))));

		mvc.perform(post("/companies").with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.param("data.name", "株式会社名前違い")
			.param("data.prefectureCode", "43")
			.param("data.municipalityCode", "架空町"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("市区町村が見つかりません")))
			.andExpect(content().string(containsString("value=\"架空町\"")));
	}

	@Test
	void aCompanyIsRegisteredEditedAndShownWithItsHistory() throws Exception {
		String number = CompanyMother.freshCorporateNumber();
		var result = mvc
			.perform(post("/companies").with(csrf())
				.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
				.param("data.name", "株式会社登録確認")
				.param("data.nameKana", "とうろくかくにん")
				.param("data.corporateNumber", number)
				.param("data.postalCode", "8600001")
				.param("data.municipalityCode", "43100")
				.param("data.employees", "42")
				.param("data.sme", "true")
				.param("_data.sme", "on")
				.param("_data.closed", "on"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		var row = HubScope.callAs(kumamoto,
				() -> jdbc
					.sql("""
							SELECT name_kana, postal_code, prefecture_code, sme, search_text, manually_edited_fields::text AS edited,
							       created_by FROM company WHERE id = ?""")
					.param(id)
					.query()
					.singleRow());
		assertThat(row.get("name_kana")).isEqualTo("トウロクカクニン");
		assertThat(row.get("postal_code")).isEqualTo("860-0001");
		assertThat(row.get("prefecture_code")).isEqualTo("43");
		assertThat(row.get("sme")).isEqualTo(true);
		assertThat(row.get("search_text")).isEqualTo("登録確認 トウロクカクニン");
		assertThat((String) row.get("edited")).contains("name", "corporate_number", "employees", "sme");
		assertThat(row.get("created_by")).isEqualTo(DemoLogins.KUMAMOTO_COORDINATOR);

		mvc.perform(get("/companies/{id}/edit", id).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"株式会社登録確認\"")));
		mvc.perform(post("/companies/{id}", id).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.param("version", "0")
			.param("data.name", "株式会社登録確認")
			.param("data.nameKana", "トウロクカクニン")
			.param("data.corporateNumber", number)
			.param("data.postalCode", "860-0001")
			.param("data.municipalityCode", "43100")
			.param("data.employees", "42")
			.param("data.sme", "true")
			.param("data.mainBank", "肥後銀行")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/companies/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("肥後銀行")))
			.andExpect(content().string(containsString("21〜50人")))
			.andExpect(content().string(containsString("main_bank")));
	}

	@Test
	void aStaleEditIsRefusedWithAClearMessageAndTheInputIsKept() throws Exception {
		long id = CompanyMother.company("楽観ロック確認株式会社").registerIn(kumamoto, register);
		mvc.perform(post("/companies/{id}", id).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.param("version", "0")
			.param("data.name", "楽観ロック確認株式会社")
			.param("data.mainBank", "先に保存した銀行")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/companies/{id}", id).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.param("version", "0")
			.param("data.name", "楽観ロック確認株式会社")
			.param("data.mainBank", "後から入力した銀行"))
			.andExpect(status().isOk())
			.andExpect(view().name("companies/form"))
			.andExpect(content().string(containsString("他の人が先に更新しました")))
			.andExpect(content().string(containsString("value=\"後から入力した銀行\"")))
			.andExpect(content().string(containsString("先に保存した銀行")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		assertThat(HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT main_bank FROM company WHERE id = ?").param(id).query(String.class).single()))
			.isEqualTo("先に保存した銀行");
	}

	@Test
	void contactsAreAddedChangedAndRemovedWithAnAuditTrail() throws Exception {
		long id = CompanyMother.company("担当者確認株式会社").registerIn(kumamoto, register);
		mvc.perform(post("/companies/{id}/contacts", id).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.param("name", "阿蘇 花子")
			.param("nameKana", "あそ はなこ")
			.param("email", "hanako@example.jp")).andExpect(status().is3xxRedirection());
		long contactId = HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT id FROM contact WHERE company_id = ?").param(id).query(Long.class).single());
		mvc.perform(get("/companies/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(content().string(containsString("hanako@example.jp")))
			.andExpect(content().string(containsString("アソ ハナコ")));
		mvc.perform(post("/companies/{id}/contacts/{c}", id, contactId).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.param("version", "0")
			.param("name", "阿蘇 花子")
			.param("email", "not-an-email"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("メールアドレスの形式が正しくありません。")));
		mvc.perform(post("/companies/{id}/contacts/{c}", id, contactId).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.param("version", "0")
			.param("name", "阿蘇 花子")
			.param("title", "部長")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/companies/{id}/contacts/{c}/delete", id, contactId).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))).andExpect(status().is3xxRedirection());
		assertThat(jdbc
			.sql("SELECT string_agg(action, ',' ORDER BY id) FROM audit_log "
					+ "WHERE entity_type = 'contact' AND entity_id = ?")
			.param(String.valueOf(contactId))
			.query(String.class)
			.single()).isEqualTo("CREATE,VIEW,UPDATE,DELETE");
	}

}
