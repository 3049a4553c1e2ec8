package jp.kyoten.finance;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.finance.FinanceFixture.TestHub;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.time.HubTime;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 外部資金: funders through 訪問リスト → アポ → 面談 → 寄付・出資, the board's sums, refusals, hub
 * isolation.
 */
@KyotenSpringTest
class FundersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	Hubs hubs;

	@Autowired
	UserAccounts accounts;

	TestHub hub;

	int year;

	@BeforeEach
	void setUp() {
		hub = FinanceFixture.hub(hubs, accounts, HubKind.PRO_TALENT);
		year = Hubs.fiscalYearOf(today());
	}

	@Test
	void movesFundersThroughTheStagesAndTheBoardAddsThemUpByStageAndKind() throws Exception {
		long seiko = id(add("FURUSATO_TAX", "株式会社くまもと精工", 3_000_000));
		long zaidan = id(add("DONATION", "くまもと地域振興財団", 500_000));
		add("SIB", "地域金融機関", 5_000_000);
		move(seiko, "APPOINTMENT").andExpect(jsonPath("$.stage").value("APPOINTMENT"));
		move(seiko, "MEETING").andExpect(jsonPath("$.stage").value("MEETING"));
		mvc.perform(post("/api/v1/finance/funders/{id}/receipts", zaidan).with(logins.as(hub.manager()))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"receivedOn\":\"" + today() + "\",\"amount\":300000}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value("CONTRIBUTED"))
			.andExpect(jsonPath("$.received").value(300_000));

		mvc.perform(get("/api/v1/finance/funders").with(logins.as(hub.officer())))
			.andExpect(jsonPath("$.funders").value(3))
			.andExpect(jsonPath("$.expected").value(8_500_000))
			.andExpect(jsonPath("$.received").value(300_000))
			.andExpect(jsonPath("$.columns[?(@.stage == 'LISTED')].expected").value(5_000_000))
			.andExpect(jsonPath("$.columns[?(@.stage == 'MEETING')].funders[0].name").value("株式会社くまもと精工"))
			.andExpect(jsonPath("$.columns[?(@.stage == 'CONTRIBUTED')].received").value(300_000))
			.andExpect(jsonPath("$.kinds[?(@.kind == 'DONATION')].received").value(300_000));
		// a declined funder's hope no longer counts as expected
		mvc.perform(post("/finance/funders/{id}/stage", seiko).param("stage", "DECLINED")
			.with(logins.as(hub.manager()))
			.with(csrf())).andExpect(flash().attribute("flash", containsString("「見送り」にしました")));
		mvc.perform(get("/api/v1/finance/funders").with(logins.as(hub.manager())))
			.andExpect(jsonPath("$.expected").value(5_500_000));
		mvc.perform(get("/finance/funders").with(logins.as(hub.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("くまもと地域振興財団")))
			.andExpect(content().string(containsString("企業版ふるさと納税")))
			.andExpect(content().string(containsString("300,000円")));
	}

	@Test
	void aContributionComesWithItsMoneyAndAStageIsNotEnteredTwice() throws Exception {
		long id = id(add("CROWDFUNDING", "プロ人材活用応援CF", 800_000));
		move(id, "CONTRIBUTED").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("受領額を記録すると移ります")));
		move(id, "LISTED").andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("既にその段階")));
		mvc.perform(post("/finance/funders/{id}/receipts", id).param("receivedOn", today().toString())
			.with(logins.as(hub.manager()))
			.with(csrf())).andExpect(flash().attribute("flashError", containsString("受領日と受領額")));
		mvc.perform(post("/finance/funders").with(logins.as(hub.manager()))
			.with(csrf())
			.param("kind", "DONATION")
			.param("name", "")
			.param("fiscalYear", String.valueOf(year))
			.param("expected", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("field--error")));
	}

	@Test
	void anotherHubsFundersAnswerNotFoundAndOnlyTheManagerKeepsThem() throws Exception {
		long id = id(add("DONATION", "くまもと地域振興財団", 500_000));
		String other = DemoLogins.FUKUOKA_MANAGER;
		mvc.perform(get("/api/v1/finance/funders/{id}", id).with(logins.as(other))).andExpect(status().isNotFound());
		mvc.perform(post("/finance/funders/{id}/stage", id).param("stage", "APPOINTMENT")
			.with(logins.as(other))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/finance/funders/{id}/stage", id).param("stage", "APPOINTMENT")
			.with(logins.as(hub.officer()))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/finance/funders").with(logins.as(hub.coordinator()))).andExpect(status().isForbidden());
	}

	private ResultActions add(String kind, String name, long expected) throws Exception {
		return mvc
			.perform(post("/api/v1/finance/funders").with(logins.as(hub.manager()))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"kind":"%s","name":"%s","fiscalYear":%d,"expected":%d}""".formatted(kind, name, year,
						expected)))
			.andExpect(status().isCreated());
	}

	private ResultActions move(long id, String stage) throws Exception {
		return mvc.perform(post("/api/v1/finance/funders/{id}/stage", id).with(logins.as(hub.manager()))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"stage\":\"" + stage + "\"}"));
	}

	private static long id(ResultActions created) throws Exception {
		String body = created.andReturn().getResponse().getContentAsString();
		return Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
	}

	private static LocalDate today() {
		return LocalDate.now(HubTime.ZONE);
	}

}
