package jp.kyoten.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.publicform.PublicFormGuard;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * The self-diagnosis sheet: questions by size, scores and advice, staff views, and the
 * sheet as editable data.
 */
@KyotenSpringTest
class PortalDiagnosisTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	DiagnosisSheets sheets;

	@Autowired
	Diagnoses diagnoses;

	@Autowired
	Hubs hubs;

	@Autowired
	PublicFormGuard guard;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PortalSettings settings;

	@Test
	void asksAThirtyPersonManufacturerTheMediumBandsQuestionsAndScoresEachArea() throws Exception {
		DiagnosisSheet sheet = sheet("kumamoto");
		var medium = sheet.questionsFor("MEDIUM");
		mvc.perform(get("/p/kumamoto/diagnosis/questions").param("employees", "30").param("industry", "E"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("中規模")))
			.andExpect(content().string(containsString(medium.getFirst().text())))
			.andExpect(content().string(not(containsString("複数の部署で外部人材の受入れ手順が共有されている"))));

		MockHttpServletRequestBuilder answers = post("/p/kumamoto/diagnosis").with(csrf())
			.with(filledByAPerson())
			.param("employees", "30")
			.param("industry", "E");
		for (var q : medium) {
			DiagnosisSheet.Area area = sheet.area(q.areaId());
			answers.param("q" + q.id(), area.code().equals("COMMITMENT") ? "5" : "1");
		}
		String location = mvc.perform(answers)
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/p/kumamoto/diagnosis/results/d_");
		DiagnosisResult result = in("kumamoto",
				() -> diagnoses.byToken(location.substring(location.lastIndexOf('/') + 1)).orElseThrow());
		assertThat(result.bandCode()).isEqualTo("MEDIUM");
		assertThat(result.areas()).hasSize(5);
		assertThat(result.areas()).filteredOn(a -> a.code().equals("COMMITMENT")).singleElement().satisfies(a -> {
			assertThat(a.score()).isEqualTo(100);
			assertThat(a.advice()).startsWith("経営者の意思がはっきりしています");
		});
		assertThat(result.areas()).filteredOn(a -> !a.code().equals("COMMITMENT")).allMatch(a -> a.score() == 0);
		mvc.perform(get(location))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-scores=\"")))
			.andExpect(content().string(containsString("この結果を添えて相談する")));

		mvc.perform(get("/portal/diagnoses/{id}", result.id()).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(medium.getFirst().text())));
		mvc.perform(get("/api/v1/diagnoses/aggregates").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.bandLabel == '中規模（21〜300人）' && @.industry == 'E')]").exists());
	}

	/**
	 * The attack: 200 posts in 4 s were all accepted and skewed the hub's diagnosis
	 * figures.
	 */
	@Test
	void throttlesABurstOfTwoHundredSelfDiagnosesFromOneAddress() throws Exception {
		var small = sheet("kumamoto").questionsFor("SMALL");
		String address = "203.0.113." + (int) (Math.random() * 200 + 1);
		String started = guard.issue(java.time.Instant.now().minusSeconds(20));
		long before = diagnosisCount();
		int accepted = 0;
		int throttled = 0;
		for (int i = 0; i < 200; i++) {
			MockHttpServletRequestBuilder answers = post("/p/kumamoto/diagnosis").with(csrf())
				.with(from(address))
				.param("started", started)
				.param("employees", "8");
			small.forEach(q -> answers.param("q" + q.id(), "5"));
			int status = mvc.perform(answers).andReturn().getResponse().getStatus();
			accepted += status == 302 ? 1 : 0;
			throttled += status == 429 ? 1 : 0;
		}
		assertThat(accepted).isEqualTo(settings.diagnosesPerHour());
		assertThat(throttled).isEqualTo(200 - settings.diagnosesPerHour());
		assertThat(diagnosisCount()).isEqualTo(before + settings.diagnosesPerHour());
		MockHttpServletRequestBuilder refused = post("/p/kumamoto/diagnosis").with(csrf())
			.with(from(address))
			.param("started", started)
			.param("employees", "8");
		small.forEach(q -> refused.param("q" + q.id(), "5"));
		mvc.perform(refused)
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("送信が多すぎる")));
	}

	@Test
	void dropsADiagnosisWithoutASignedFillTimeOrWithTheHoneypotFilled() throws Exception {
		long before = diagnosisCount();
		var small = sheet("kumamoto").questionsFor("SMALL");
		MockHttpServletRequestBuilder unsigned = post("/p/kumamoto/diagnosis").with(csrf()).param("employees", "8");
		small.forEach(q -> unsigned.param("q" + q.id(), "5"));
		mvc.perform(unsigned).andExpect(status().isOk()).andExpect(content().string(containsString("フォームを確認できませんでした")));
		MockHttpServletRequestBuilder robot = post("/p/kumamoto/diagnosis").with(csrf())
			.with(filledByAPerson())
			.param("website", "https://spam.example")
			.param("employees", "8");
		small.forEach(q -> robot.param("q" + q.id(), "5"));
		mvc.perform(robot).andExpect(status().is3xxRedirection());
		assertThat(diagnosisCount()).isEqualTo(before);
	}

	private long diagnosisCount() {
		return in("kumamoto", () -> jdbc.sql("SELECT count(*) FROM diagnosis").query(Long.class).single());
	}

	/**
	 * A form shown 20 seconds ago, sent from an address of its own (so that tests do not
	 * share a limit).
	 */
	private RequestPostProcessor filledByAPerson() {
		String started = guard.issue(java.time.Instant.now().minusSeconds(20));
		RequestPostProcessor address = from("192.0.2." + (int) (Math.random() * 250 + 1) + "." + System.nanoTime());
		return request -> {
			request.setParameter("started", started);
			return address.postProcessRequest(request);
		};
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void keepsTheAnswersAndAsksAgainWhenAQuestionIsUnanswered() throws Exception {
		var medium = sheet("kumamoto").questionsFor("MEDIUM");
		mvc.perform(post("/p/kumamoto/diagnosis").with(csrf())
			.with(filledByAPerson())
			.param("employees", "30")
			.param("q" + medium.getFirst().id(), "4"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("答えていない質問があります")))
			.andExpect(content().string(containsString("value=\"4\" required checked=\"checked\"")));
	}

	@Test
	void refusesANumberOfEmployeesThatIsNotANumber() throws Exception {
		mvc.perform(get("/p/kumamoto/diagnosis/questions").param("employees", "たくさん"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("従業員数を0以上の数字で入力してください")));
	}

	@Test
	void anotherHubsResultIsNotFound() throws Exception {
		DiagnosisSheet sheet = sheet("fukuoka");
		MockHttpServletRequestBuilder answers = post("/p/fukuoka/diagnosis").with(csrf())
			.with(filledByAPerson())
			.param("employees", "8");
		sheet.questionsFor("SMALL").forEach(q -> answers.param("q" + q.id(), "3"));
		String location = mvc.perform(answers).andReturn().getResponse().getRedirectedUrl();
		String token = location.substring(location.lastIndexOf('/') + 1);
		long id = in("fukuoka", () -> diagnoses.byToken(token).orElseThrow().id());
		mvc.perform(get("/p/kumamoto/diagnosis/results/{token}", token)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/diagnoses/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/diagnoses/{id}", id).with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.result.bandCode").value("SMALL"));
	}

	@Test
	void managersEditTheSheetAsDataAndCoordinatorsMayNot() throws Exception {
		DiagnosisSheet sheet = sheet("kumamoto");
		var area = sheet.areas().getFirst();
		mvc.perform(post("/portal/diagnosis-sheet/questions").with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.with(csrf())
			.param("areaId", Long.toString(area.id()))
			.param("text", "編集テストで追加した大規模向けの質問")
			.param("weight", "2.5")
			.param("sortOrder", "999")
			.param("bands", "LARGE")
			.param("active", "true")).andExpect(status().is3xxRedirection());
		assertThat(sheet("kumamoto").questionsFor("LARGE")).anySatisfy(q -> {
			assertThat(q.text()).isEqualTo("編集テストで追加した大規模向けの質問");
			assertThat(q.weight()).isEqualByComparingTo("2.5");
		});
		assertThat(sheet("kumamoto").questionsFor("SMALL")).noneMatch(q -> q.text().equals("編集テストで追加した大規模向けの質問"));
		mvc.perform(post("/portal/diagnosis-sheet/questions").with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.with(csrf())
			.param("areaId", Long.toString(area.id()))
			.param("text", "")
			.param("weight", "2")
			.param("sortOrder", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("対象の規模を1つ以上選んでください")));
		mvc.perform(get("/portal/diagnosis-sheet").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isForbidden());
		assertThat(sheet("fukuoka").questions()).noneMatch(q -> q.text().equals("編集テストで追加した大規模向けの質問"));
	}

	private DiagnosisSheet sheet(String slug) {
		return in(slug, () -> sheets.sheet());
	}

	private <T> T in(String slug, java.util.function.Supplier<T> work) {
		return HubScope.callAs(hubs.bySlug(slug).orElseThrow().getId(), work);
	}

}
