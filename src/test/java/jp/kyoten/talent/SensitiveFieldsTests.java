package jp.kyoten.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.platform.time.HubTime;

/**
 * A foreign talent's nationality, residence status and Japanese level reach only the
 * staff with the counselling permission — on the profile page, in the API and in the
 * bureau's list — and every view of them is audited. Another hub's talent is not found;
 * agency users see nothing of the talent pool.
 */
@KyotenSpringTest
class SensitiveFieldsTests {

	static final String NATIONALITY = "ウズベキスタン共和国";

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	TalentFixture fx;

	long talent;

	@BeforeEach
	void foreignTalentEnteredByACounsellor() throws Exception {
		fx = TalentFixture.of(context);
		String body = """
				{"kind":"FOREIGN","name":"アリシェル・カリモフ","prefectureCode":"40","consentHeldOn":"%s",
				 "consentShareOn":"%s","nationality":"%s","residenceStatus":"STUDENT","jlpt":"N2",
				 "workStyles":["FULL_TIME"]}""".formatted(LocalDate.now(HubTime.ZONE), LocalDate.now(HubTime.ZONE),
				NATIONALITY);
		talent = create(fx.counsellorEmail, body);
	}

	@Test
	void showsTheSensitiveFieldsOnTheProfileOnlyToACounsellorAndAuditsTheView() throws Exception {
		int before = sensitiveViews();
		mvc.perform(get("/talent/{id}", talent).with(logins.as(fx.coordinatorEmail)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(NATIONALITY))))
			.andExpect(content().string(not(containsString("留学"))))
			.andExpect(content().string(containsString("カウンセリング権限のある職員だけが見られます")));
		assertThat(sensitiveViews()).isEqualTo(before);

		mvc.perform(get("/talent/{id}", talent).with(logins.as(fx.counsellorEmail)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(NATIONALITY)))
			.andExpect(content().string(containsString("留学")))
			.andExpect(content().string(containsString("N2")));
		assertThat(sensitiveViews()).isEqualTo(before + 1);
	}

	@Test
	void leavesTheSensitiveFieldsOutOfTheEditFormWithoutThePermissionAndAuditsTheCounsellorsForm() throws Exception {
		int before = sensitiveViews();
		mvc.perform(get("/talent/{id}/edit", talent).with(logins.as(fx.coordinatorEmail)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(NATIONALITY))))
			.andExpect(content().string(not(containsString("name=\"nationality\""))))
			.andExpect(content().string(not(containsString("name=\"jlpt\""))));
		assertThat(sensitiveViews()).isEqualTo(before);

		mvc.perform(get("/talent/{id}/edit", talent).with(logins.as(fx.counsellorEmail)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(NATIONALITY)));
		assertThat(sensitiveViews()).isEqualTo(before + 1);
	}

	@Test
	void leavesTheSensitiveFieldsOutOfTheSearchTheMatchingBoardAndTheAnonymisedProfiles() throws Exception {
		long event = fx.matchingEvent(LocalDate.now(HubTime.ZONE).plusDays(5));
		long company = fx.need(event, fx.company(event, TalentFixture.unique("外国人材受入株式会社"), true), List.of());
		fx.participant(event, talent);
		fx.set(event, company, talent, 0);
		int before = sensitiveViews();
		for (String user : List.of(fx.coordinatorEmail, fx.counsellorEmail)) {
			for (String page : List.of("/talent?kind=FOREIGN", "/matching-events/" + event,
					"/matching-events/" + event + "/profiles/" + company,
					"/matching-events/" + event + "/schedule/company/" + company)) {
				mvc.perform(get(page).with(logins.as(user)))
					.andExpect(status().isOk())
					.andExpect(content().string(not(containsString(NATIONALITY))));
			}
			mvc.perform(get("/api/v1/talent").param("kind", "FOREIGN").with(logins.as(user)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(NATIONALITY))));
		}
		// nothing sensitive was shown, so nothing sensitive was logged as viewed
		assertThat(sensitiveViews()).isEqualTo(before);
	}

	@Test
	void answersTheForeignBlockInTheApiOnlyToACounsellor() throws Exception {
		mvc.perform(get("/api/v1/talent/{id}", talent).with(logins.as(fx.coordinatorEmail)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("FOREIGN"))
			.andExpect(jsonPath("$.foreign").doesNotExist())
			.andExpect(content().string(not(containsString(NATIONALITY))));
		int before = sensitiveViews();

		mvc.perform(get("/api/v1/talent/{id}", talent).with(logins.as(fx.counsellorEmail)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.foreign.nationality").value(NATIONALITY))
			.andExpect(jsonPath("$.foreign.residenceStatus").value("STUDENT"))
			.andExpect(jsonPath("$.foreign.jlpt").value("N2"));
		assertThat(sensitiveViews()).isEqualTo(before + 1);
	}

	@Test
	void leavesTheSensitiveColumnsOutOfTheBureauListWithoutThePermissionAndAuditsEachExport() throws Exception {
		int exports = audits("EXPORT", "talent");
		String plain = mvc.perform(get("/talent/export.csv").with(logins.as(fx.coordinatorEmail)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(plain).contains("F-").doesNotContain(NATIONALITY).doesNotContain("在留資格");

		String full = mvc.perform(get("/talent/export.csv").with(logins.as(fx.counsellorEmail)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(full).contains(NATIONALITY)
			.contains("在留資格")
			.contains("留学")
			// no name and no contact on the bureau's list
			.doesNotContain("アリシェル");
		assertThat(audits("EXPORT", "talent")).isEqualTo(exports + 2);
	}

	@Test
	void doesNotLetACoordinatorWriteTheSensitiveFields() throws Exception {
		String body = """
				{"kind":"FOREIGN","name":"試験 外国人材","prefectureCode":"41","consentHeldOn":"%s",
				 "nationality":"書き込めない国"}""".formatted(LocalDate.now(HubTime.ZONE));
		long id = create(fx.coordinatorEmail, body);

		assertThat(fx.inHub(() -> fx.jdbc.sql("SELECT count(*) FROM talent_foreign_detail WHERE talent_id = ?")
			.param(id)
			.query(Integer.class)
			.single())).isZero();
	}

	@Test
	void answersAnotherHubsTalentWithNotFound() throws Exception {
		mvc.perform(get("/api/v1/talent/{id}", talent).with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/talent/{id}", talent).with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void showsAgencyUsersNothingOfTheTalentPool() throws Exception {
		mvc.perform(get("/api/v1/talent").with(logins.as("agency@kumamoto.demo"))).andExpect(status().isForbidden());
		mvc.perform(get("/talent").with(logins.as("agency@kumamoto.demo"))).andExpect(status().isForbidden());
	}

	private long create(String user, String body) throws Exception {
		String created = mvc
			.perform(post("/api/v1/talent").with(logins.as(user)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(created, "$.id")).longValue();
	}

	private int sensitiveViews() {
		return audits("VIEW", "talent_foreign_detail");
	}

	private int audits(String action, String entity) {
		return fx.inHub(() -> fx.jdbc.sql("""
				SELECT count(*) FROM audit_log WHERE action = ? AND entity_type = ? AND hub_id = ?""")
			.params(action, entity, fx.hubId)
			.query(Integer.class)
			.single());
	}

}
