package jp.kyoten.directory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KyotenSpringTest
class CompanyHubIsolationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CompanySearch search;

	@Autowired
	RegisterCompany register;

	long kumamoto;

	long fukuoka;

	long fukuokaCompany;

	@BeforeEach
	void hubs() {
		kumamoto = CompanyMother.hubId(jdbc, "kumamoto");
		fukuoka = CompanyMother.hubId(jdbc, "fukuoka");
		fukuokaCompany = HubScope.callAs(fukuoka,
				() -> jdbc.sql("SELECT id FROM company WHERE name = '株式会社博多精工'").query(Long.class).single());
	}

	@Test
	void anotherHubsCompanyIsNotFoundOnAnyPage() throws Exception {
		var kumamotoManager = logins.as(DemoLogins.KUMAMOTO_MANAGER);
		mvc.perform(get("/companies/{id}", fukuokaCompany).with(kumamotoManager)).andExpect(status().isNotFound());
		mvc.perform(get("/companies/{id}/edit", fukuokaCompany).with(kumamotoManager)).andExpect(status().isNotFound());
		mvc.perform(post("/companies/{id}", fukuokaCompany).with(csrf())
			.with(kumamotoManager)
			.param("data.name", "乗っ取り")
			.param("version", "0")).andExpect(status().isNotFound());
		mvc.perform(get("/companies/{id}/contacts/new", fukuokaCompany).with(kumamotoManager))
			.andExpect(status().isNotFound());
		mvc.perform(get("/companies/{id}", fukuokaCompany).with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isOk());
	}

	@Test
	void anotherHubsCompanyIsNotFoundThroughTheApi() throws Exception {
		var kumamotoManager = logins.as(DemoLogins.KUMAMOTO_MANAGER);
		mvc.perform(get("/api/v1/companies/{id}", fukuokaCompany).with(kumamotoManager))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(patch("/api/v1/companies/{id}", fukuokaCompany).with(kumamotoManager)
			.contentType("application/merge-patch+json")
			.content("{\"name\": \"乗っ取り\"}")).andExpect(status().isNotFound());
		assertThat(HubScope.callAs(fukuoka,
				() -> jdbc.sql("SELECT name FROM company WHERE id = ?")
					.param(fukuokaCompany)
					.query(String.class)
					.single()))
			.isEqualTo("株式会社博多精工");
	}

	@Test
	void anotherHubsCompaniesNeverAppearInTheSearch() {
		var result = HubScope.callAs(kumamoto, () -> search.search(CompanySearch.Criteria.query("博多精工"), 0, 20));
		assertThat(result.rows()).isEmpty();
		var all = HubScope.callAs(kumamoto, () -> search.search(CompanySearch.Criteria.query("はかた"), 0, 100));
		assertThat(all.rows()).extracting(CompanyRow::id).doesNotContain(fukuokaCompany);
		assertThat(HubScope.callAs(fukuoka, () -> search.search(CompanySearch.Criteria.query("博多精工"), 0, 20)).rows())
			.extracting(CompanyRow::id)
			.contains(fukuokaCompany);
	}

	@Test
	void rawSqlInsideAHubScopeCountsOnlyThatHubsRows() {
		long inKumamoto = HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT count(*) FROM company").query(Long.class).single());
		long kumamotoRows = HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT count(*) FROM company WHERE hub_id = ?")
					.param(kumamoto)
					.query(Long.class)
					.single());
		long fukuokaRowsSeenFromKumamoto = HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT count(*) FROM company WHERE hub_id = ?")
					.param(fukuoka)
					.query(Long.class)
					.single());
		long inFukuoka = HubScope.callAs(fukuoka,
				() -> jdbc.sql("SELECT count(*) FROM company").query(Long.class).single());
		assertThat(inKumamoto).isEqualTo(kumamotoRows).isGreaterThanOrEqualTo(300);
		assertThat(fukuokaRowsSeenFromKumamoto).isZero();
		assertThat(inFukuoka).isGreaterThanOrEqualTo(300);
		assertThat(jdbc.sql("SELECT count(*) FROM company").query(Long.class).single()).as("no hub in scope").isZero();
		assertThat(HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT count(*) FROM contact WHERE hub_id <> ?")
					.param(kumamoto)
					.query(Long.class)
					.single()))
			.isZero();
	}

	@Test
	void theSearchViewShowsOnlyTheHubInScopeAndCannotBeWritten() {
		assertThat(jdbc.sql("SELECT count(*) FROM company_search").query(Long.class).single()).isZero();
		assertThat(HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT count(DISTINCT hub_id) FROM company_search").query(Long.class).single()))
			.isEqualTo(1);
		assertThatThrownBy(() -> HubScope.runAs(kumamoto,
				() -> jdbc.sql("UPDATE company_search SET name = 'x' WHERE id = ?").param(fukuokaCompany).update()))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(
				() -> HubScope.runAs(kumamoto,
						() -> jdbc.sql("INSERT INTO company_search (hub_id, name, name_key, search_text, search_grams) "
								+ "VALUES (?, 'x', 'x', 'x', '{120}')")
							.param(fukuoka)
							.update()))
			.isInstanceOf(DataAccessException.class);
	}

	@Test
	void aCompanyCannotBeWrittenIntoAnotherHub() {
		assertThatThrownBy(() -> HubScope.runAs(kumamoto, () -> jdbc.sql("""
				INSERT INTO company (hub_id, name, name_key, search_text, search_grams)
				VALUES (?, '越境', '越境', '越境 ', '{越境}')""").param(fukuoka).update()))
			.isInstanceOf(DataAccessException.class);
	}

}
