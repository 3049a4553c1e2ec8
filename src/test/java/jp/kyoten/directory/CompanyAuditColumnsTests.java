package jp.kyoten.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.platform.tenancy.ActingUser;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * The company's audit columns come from Spring Data auditing and the one acting user (ADR
 * 211 rule 4), not from the entity or the use case: the creator stays, the last editor
 * and the time follow each save, and a row written with nobody signed in (seeding, a job)
 * names {@link ActingUser#SYSTEM}.
 */
@KyotenSpringTest
class CompanyAuditColumnsTests extends DirectoryWebFixture {

	@Test
	void anEditByAnotherUserNamesThemAsLastEditorAndKeepsTheCreator() throws Exception {
		long id = CompanyMother.company("監査列確認株式会社").registerIn(kumamoto, register);
		Map<String, Object> created = columns(id);
		assertThat(created.get("created_by")).isEqualTo(ActingUser.SYSTEM);
		assertThat(created.get("updated_by")).isEqualTo(ActingUser.SYSTEM);

		mvc.perform(post("/companies/{id}", id).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.param("version", "0")
			.param("data.name", "監査列確認株式会社")
			.param("data.mainBank", "肥後銀行")).andExpect(status().is3xxRedirection());

		Map<String, Object> edited = columns(id);
		assertThat(edited.get("created_by")).isEqualTo(ActingUser.SYSTEM);
		assertThat(edited.get("created_at")).isEqualTo(created.get("created_at"));
		assertThat(edited.get("updated_by")).isEqualTo(DemoLogins.KUMAMOTO_MANAGER);
		assertThat((Timestamp) edited.get("updated_at")).isAfterOrEqualTo((Timestamp) created.get("updated_at"));
	}

	private Map<String, Object> columns(long id) {
		return HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT created_at, created_by, updated_at, updated_by FROM company WHERE id = ?")
					.param(id)
					.query()
					.singleRow());
	}

}
