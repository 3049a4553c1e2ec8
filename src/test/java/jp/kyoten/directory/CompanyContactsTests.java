package jp.kyoten.directory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.agency.AgencyMother;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.contact.ContactPerson;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * A company's contacts are kept through the contact-person pages of
 * {@code platform.contact} (ADR 251), with what the directory has always asked of them:
 * notes, a version that refuses a stale edit, no new contact on a merged company, and
 * clerks among those who keep them.
 */
@KyotenSpringTest
class CompanyContactsTests {

	private static final String FORM = "fragments/contact-person-form";

	private static final String CLERK = "clerk-contacts@kumamoto.demo";

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
	CompanyContacts contacts;

	@Autowired
	org.springframework.context.ApplicationContext context;

	long kumamoto;

	@BeforeEach
	void hub() {
		kumamoto = CompanyMother.hubId(jdbc, "kumamoto");
	}

	@Test
	void aContactIsAddedEditedAndRemovedThroughTheSharedPages() throws Exception {
		long id = CompanyMother.company("共通担当者確認株式会社").registerIn(kumamoto, register);
		mvc.perform(get("/companies/{id}/contacts/new", id).with(manager()))
			.andExpect(status().isOk())
			.andExpect(view().name(FORM))
			.andExpect(content().string(containsString("action=\"/companies/" + id + "/contacts\"")))
			.andExpect(content().string(containsString("備考")));
		mvc.perform(post("/companies/{id}/contacts", id).with(csrf())
			.with(manager())
			.param("name", "阿蘇 花子")
			.param("nameKana", "あそ はなこ")
			.param("phone", "０９６ ３８３－１１１１")
			.param("notes", "午前中に連絡"))
			.andExpect(redirectedUrl("/companies/" + id))
			.andExpect(flash().attribute("flash", "担当者「阿蘇 花子」を追加しました。"));
		long contactId = only(id);
		assertThat(row(contactId, "name_kana")).isEqualTo("アソ ハナコ");
		assertThat(row(contactId, "phone")).isEqualTo("096383-1111");
		assertThat(row(contactId, "notes")).isEqualTo("午前中に連絡");
		assertThat(row(contactId, "created_by")).isEqualTo(DemoLogins.KUMAMOTO_MANAGER);
		// the notes are read where the contact is listed, not only in its form (and
		// that display is audited: the second line of the log below)
		mvc.perform(get("/companies/{id}", id).with(manager()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"muted text-block contact-notes\">午前中に連絡</div>")));

		mvc.perform(get("/companies/{id}/contacts/{c}/edit", id, contactId).with(manager()))
			.andExpect(status().isOk())
			.andExpect(view().name(FORM))
			.andExpect(content().string(containsString("action=\"/companies/" + id + "/contacts/" + contactId + "\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")))
			.andExpect(content().string(containsString("午前中に連絡")));
		mvc.perform(post("/companies/{id}/contacts/{c}", id, contactId).with(csrf())
			.with(manager())
			.param("version", "0")
			.param("name", "阿蘇 花子")
			.param("title", "部長"))
			.andExpect(redirectedUrl("/companies/" + id))
			.andExpect(flash().attribute("flash", "担当者「阿蘇 花子」を更新しました。"));
		assertThat(row(contactId, "title")).isEqualTo("部長");
		assertThat(row(contactId, "version")).isEqualTo("1");

		mvc.perform(post("/companies/{id}/contacts/{c}/delete", id, contactId).with(csrf()).with(manager()))
			.andExpect(redirectedUrl("/companies/" + id));
		assertThat(count(id)).isZero();
		assertThat(jdbc
			.sql("SELECT string_agg(action || ':' || summary, ',' ORDER BY id) FROM audit_log "
					+ "WHERE entity_type = 'contact' AND entity_id = ?")
			.param(String.valueOf(contactId))
			.query(String.class)
			.single())
			.isEqualTo("CREATE:阿蘇 花子 (共通担当者確認株式会社),VIEW:阿蘇 花子 (共通担当者確認株式会社)," + "VIEW:阿蘇 花子,UPDATE:阿蘇 花子,DELETE:阿蘇 花子");
	}

	@Test
	void aMergedCompanyRefusesANewContact() throws Exception {
		long kept = CompanyMother.company("統合後担当者株式会社").registerIn(kumamoto, register);
		long merged = CompanyMother.company("統合前担当者株式会社").registerIn(kumamoto, register);
		HubScope.runAs(kumamoto,
				() -> jdbc.sql("UPDATE company SET merged_into_id = ? WHERE id = ?").params(kept, merged).update());
		mvc.perform(post("/companies/{id}/contacts", merged).with(csrf()).with(manager()).param("name", "統合 後に追加"))
			.andExpect(status().isOk())
			.andExpect(view().name(FORM))
			.andExpect(content().string(containsString("この企業は別の企業に統合済みのため変更できません。")))
			.andExpect(content().string(containsString("value=\"統合 後に追加\"")));
		assertThat(count(merged)).isZero();
	}

	@Test
	void aStaleVersionIsRefusedWithTheJapaneseMessage() throws Exception {
		long id = CompanyMother.company("同時編集担当者株式会社").registerIn(kumamoto, register);
		long contactId = HubScope.callAs(kumamoto, () -> contacts.add(id, ContactPerson.named("菊池 一郎")));
		mvc.perform(post("/companies/{id}/contacts/{c}", id, contactId).with(csrf())
			.with(manager())
			.param("version", "0")
			.param("name", "菊池 一郎")
			.param("department", "先に保存した部署")).andExpect(redirectedUrl("/companies/" + id));
		mvc.perform(post("/companies/{id}/contacts/{c}", id, contactId).with(csrf())
			.with(manager())
			.param("version", "0")
			.param("name", "菊池 一郎")
			.param("department", "後から入力した部署"))
			.andExpect(status().isOk())
			.andExpect(view().name(FORM))
			.andExpect(content().string(containsString("他の人が先に更新しました。")))
			.andExpect(content().string(containsString("value=\"後から入力した部署\"")));
		assertThat(row(contactId, "department")).isEqualTo("先に保存した部署");
		assertThat(row(contactId, "version")).isEqualTo("1");
	}

	@Test
	void anotherHubsCompanyOrContactIsNotFound() throws Exception {
		long fukuoka = CompanyMother.hubId(jdbc, "fukuoka");
		long theirs = CompanyMother.company("他拠点担当者株式会社").registerIn(fukuoka, register);
		long theirContact = HubScope.callAs(fukuoka, () -> contacts.add(theirs, ContactPerson.named("博多 次郎")));
		long ours = CompanyMother.company("自拠点担当者株式会社").registerIn(kumamoto, register);

		mvc.perform(get("/companies/{id}/contacts/new", theirs).with(manager())).andExpect(status().isNotFound());
		mvc.perform(post("/companies/{id}/contacts", theirs).with(csrf()).with(manager()).param("name", "越境 太郎"))
			.andExpect(status().isNotFound());
		for (long company : new long[] { theirs, ours }) {
			mvc.perform(get("/companies/{id}/contacts/{c}/edit", company, theirContact).with(manager()))
				.andExpect(status().isNotFound());
			mvc.perform(post("/companies/{id}/contacts/{c}", company, theirContact).with(csrf())
				.with(manager())
				.param("version", "0")
				.param("name", "乗っ取り")).andExpect(status().isNotFound());
			mvc.perform(post("/companies/{id}/contacts/{c}/delete", company, theirContact).with(csrf()).with(manager()))
				.andExpect(status().isNotFound());
		}
		assertThat(HubScope.callAs(fukuoka, () -> contacts.find(theirs, theirContact).person().name()))
			.isEqualTo("博多 次郎");
		assertThat(count(ours)).isZero();
	}

	@Test
	void aClerkKeepsCompanyContactsButNotAnAgencysAndOthersNeither() throws Exception {
		accounts.createIfAbsent(kumamoto, CLERK, "受付 三郎", Role.CLERK, DemoLogins.PASSWORD);
		long id = CompanyMother.company("受付担当者株式会社").registerIn(kumamoto, register);
		mvc.perform(get("/companies/{id}/contacts/new", id).with(logins.as(CLERK))).andExpect(status().isOk());
		mvc.perform(post("/companies/{id}/contacts", id).with(csrf()).with(logins.as(CLERK)).param("name", "受付が追加"))
			.andExpect(redirectedUrl("/companies/" + id));
		long contactId = only(id);
		mvc.perform(get("/companies/{id}/contacts/{c}/edit", id, contactId).with(logins.as(CLERK)))
			.andExpect(status().isOk());
		mvc.perform(post("/companies/{id}/contacts/{c}", id, contactId).with(csrf())
			.with(logins.as(CLERK))
			.param("version", "0")
			.param("name", "受付が変更")).andExpect(redirectedUrl("/companies/" + id));
		mvc.perform(post("/companies/{id}/contacts/{c}/delete", id, contactId).with(csrf()).with(logins.as(CLERK)))
			.andExpect(redirectedUrl("/companies/" + id));

		// the same pages keep an agency's contact persons under case staff's rule
		long agency = DemoLogins.anyAgencyOf(jdbc, kumamoto);
		mvc.perform(get("/agencies/{id}/contacts/new", agency).with(logins.as(CLERK)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/agencies/{id}/contacts", agency).with(csrf()).with(logins.as(CLERK)).param("name", "受付"))
			.andExpect(status().isForbidden());

		// and a role that is not the hub's staff keeps no company's contacts
		String officer = "officer-contacts@kumamoto.demo";
		accounts.createIfAbsent(kumamoto, officer, "県 担当", Role.PREFECTURE_OFFICER, DemoLogins.PASSWORD);
		mvc.perform(get("/companies/{id}/contacts/new", id).with(logins.as(officer))).andExpect(status().isForbidden());
		mvc.perform(post("/companies/{id}/contacts", id).with(csrf()).with(logins.as(officer)).param("name", "県が追加"))
			.andExpect(status().isForbidden());
		assertThat(count(id)).isZero();
	}

	@Test
	void theSharedListOffersChangesOnlyToThoseWhoKeepTheContacts() throws Exception {
		accounts.createIfAbsent(kumamoto, CLERK, "受付 三郎", Role.CLERK, DemoLogins.PASSWORD);
		long company = CompanyMother.company("一覧確認担当者株式会社").registerIn(kumamoto, register);
		long companyContact = HubScope.callAs(kumamoto, () -> contacts.add(company, ContactPerson.named("一覧 企業")));
		long agency = DemoLogins.anyAgencyOf(jdbc, kumamoto);
		HubScope.runAs(kumamoto, () -> AgencyMother.addContact(context, agency, "一覧 事業者", null, null, null));
		long agencyContact = HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT max(id) FROM agency_contact WHERE agency_id = ? AND name = '一覧 事業者'")
					.param(agency)
					.query(Long.class)
					.single());
		String companyEdit = "/companies/" + company + "/contacts/" + companyContact + "/edit";
		String agencyEdit = "/agencies/" + agency + "/contacts/" + agencyContact + "/edit";
		mvc.perform(get("/companies/{id}", company).with(logins.as(CLERK)))
			.andExpect(content().string(containsString("一覧 企業")))
			.andExpect(content().string(containsString(companyEdit)));
		mvc.perform(get("/agencies/{id}", agency).with(manager()))
			.andExpect(content().string(containsString("一覧 事業者")))
			.andExpect(content().string(containsString(agencyEdit)));
		mvc.perform(get("/agencies/{id}", agency).with(logins.as(CLERK)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("一覧 事業者")))
			.andExpect(content().string(not(containsString(agencyEdit))));
	}

	@Test
	void anInvalidContactIsShownAgainWithItsFieldErrors() throws Exception {
		long id = CompanyMother.company("入力誤り担当者株式会社").registerIn(kumamoto, register);
		mvc.perform(post("/companies/{id}/contacts", id).with(csrf())
			.with(manager())
			.param("name", "")
			.param("phone", "12")
			.param("notes", "長".repeat(4001)))
			.andExpect(status().isOk())
			.andExpect(view().name(FORM))
			.andExpect(model().attributeHasFieldErrors("contactForm", "name", "phone", "notes"));
		assertThat(count(id)).isZero();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor manager() {
		return logins.as(DemoLogins.KUMAMOTO_MANAGER);
	}

	private long only(long companyId) {
		return HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT id FROM contact WHERE company_id = ?")
					.param(companyId)
					.query(Long.class)
					.single());
	}

	private long count(long companyId) {
		return HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT count(*) FROM contact WHERE company_id = ?")
					.param(companyId)
					.query(Long.class)
					.single());
	}

	private String row(long contactId, String column) {
		return HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT " + column + "::text FROM contact WHERE id = ?")
					.param(contactId)
					.query(String.class)
					.single());
	}

}
