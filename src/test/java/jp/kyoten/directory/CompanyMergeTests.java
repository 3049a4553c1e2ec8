package jp.kyoten.directory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.platform.contact.ContactPerson;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KyotenSpringTest
class CompanyMergeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RegisterCompany register;

	@Autowired
	CompanyContacts contacts;

	@Autowired
	CompanySearch search;

	long kumamoto;

	@BeforeEach
	void hub() {
		kumamoto = CompanyMother.hubId(jdbc, "kumamoto");
	}

	@Test
	void mergingMovesContactsHidesTheDuplicateAndIsAudited() throws Exception {
		long kept = CompanyMother.company("株式会社統合先精機").withCorporateNumber().registerIn(kumamoto, register);
		long duplicate = CompanyMother.company("統合先精機(株)").registerIn(kumamoto, register);
		HubScope.runAs(kumamoto, () -> {
			contacts.add(duplicate, ContactPerson.named("移動 する人"));
			contacts.add(kept, ContactPerson.named("元から いる人"));
		});

		mvc.perform(get("/companies/{id}/merge", kept).param("q", "統合先精機").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("統合先精機(株)")));
		mvc.perform(get("/companies/{id}/merge", kept).param("other", String.valueOf(duplicate))
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("こちらを残す")));
		mvc.perform(post("/companies/{id}/merge", kept).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.param("other", String.valueOf(duplicate))
			.param("keep", String.valueOf(kept))).andExpect(redirectedUrl("/companies/" + kept));

		assertThat(HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT count(*) FROM contact WHERE company_id = ?")
					.param(kept)
					.query(Long.class)
					.single()))
			.isEqualTo(2);
		assertThat(HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT merged_into_id FROM company WHERE id = ?")
					.param(duplicate)
					.query(Long.class)
					.single()))
			.isEqualTo(kept);
		assertThat(
				HubScope.callAs(kumamoto,
						() -> search.search(new CompanySearch.Criteria("統合先精機", null, null, null, null, null,
								CompanySearch.Status.ALL), 0, 20))
					.rows())
			.extracting(CompanyRow::id)
			.containsExactly(kept);
		assertThat(jdbc
			.sql("SELECT count(*) FROM audit_log WHERE action = 'MERGE' AND entity_type = 'company' "
					+ "AND entity_id = ? AND actor_email = ?")
			.params(String.valueOf(duplicate), DemoLogins.KUMAMOTO_MANAGER)
			.query(Long.class)
			.single()).isEqualTo(1);

		mvc.perform(get("/companies/{id}", duplicate).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("統合済みです")))
			.andExpect(content().string(containsString("href=\"/companies/" + kept + "\"")));
		mvc.perform(get("/companies/{id}", kept).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(content().string(containsString("移動 する人")));
	}

	@Test
	void theDuplicateMayBeKeptInsteadAndAMergedRecordCannotBeMergedAgain() throws Exception {
		long first = CompanyMother.company("株式会社逆統合確認").registerIn(kumamoto, register);
		long second = CompanyMother.company("逆統合確認株式会社").registerIn(kumamoto, register);
		mvc.perform(post("/companies/{id}/merge", first).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.param("other", String.valueOf(second))
			.param("keep", String.valueOf(second))).andExpect(redirectedUrl("/companies/" + second));
		mvc.perform(post("/companies/{id}/merge", first).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.param("other", String.valueOf(second))
			.param("keep", String.valueOf(second))).andExpect(redirectedUrl("/companies/" + first + "/merge"));
		assertThat(HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT merged_into_id FROM company WHERE id = ?")
					.param(first)
					.query(Long.class)
					.single()))
			.isEqualTo(second);
	}

}
