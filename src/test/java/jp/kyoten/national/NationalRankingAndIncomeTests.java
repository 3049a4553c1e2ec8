package jp.kyoten.national;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.util.HtmlUtils;

import jp.kyoten.KyotenSpringTest;
import jp.kyoten.hub.Hub;
import jp.kyoten.hub.HubKind;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.matching.MatchingFixture;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The national KPI page ranks the prefectures by a chosen KPI (bars drawn from a data-
 * attribute, a prefecture of 1 or 2 withheld as 「3未満」 with no bar and no place), and the
 * funnel ends in 収入: the fees due from the hubs' confirmed placements, as the finance
 * module counts them, withheld where 1 or 2 placements are behind the sum.
 */
@KyotenSpringTest
class NationalRankingAndIncomeTests extends NationalTestSupport {

	private static final Pattern RANKING = Pattern.compile("data-ranking=\"([^\"]*)\"");

	@Autowired
	ApplicationContext context;

	@Autowired
	UserAccounts accounts;

	@Test
	void prefecturesAreRankedByTheChosenKpiAndOneOfFewerThanThreeHasNoBarAndNoPlace() throws Exception {
		// Saga and Miyazaki: programme hubs of the Kyushu bureau no other test puts
		// figures into in June
		Hub saga = hubs.create(slug("rank-saga"), "順位テスト 佐賀 " + HUBS.incrementAndGet(), HubKind.TALENT_PROGRAMME, "41");
		Hub miyazaki = hubs.create(slug("rank-miyazaki"), "順位テスト 宮崎 " + HUBS.incrementAndGet(),
				HubKind.TALENT_PROGRAMME, "45");
		for (int i = 0; i < 2; i++) {
			consult(saga, companies.in(saga.getSlug()).industry("E").employees(30).create("順位佐賀" + i + saga.getId()),
					LocalDate.of(2026, 6, 3 + i), "人材の相談");
		}
		for (int i = 0; i < 5; i++) {
			consult(miyazaki,
					companies.in(miyazaki.getSlug()).industry("E").employees(30).create("順位宮崎" + i + miyazaki.getId()),
					LocalDate.of(2026, 6, 3 + i), "人材の相談");
		}
		recounted(saga.getId());
		recounted(miyazaki.getId());

		String html = body(
				mvc.perform(get("/national/kpis?month=2026-06&rank=CONSULTATIONS").with(logins.as(METI_KYUSHU)))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(html).contains("都道府県の順位", "/js/national-ranking-", "id=\"prefecture-ranking\"")
			.doesNotContain("<script>");
		Matcher m = RANKING.matcher(html);
		assertThat(m.find()).as("the chart's data in its data- attribute").isTrue();
		JsonNode bars = json.readTree(HtmlUtils.htmlUnescape(m.group(1)));
		List<String> order = new ArrayList<>();
		bars.forEach(b -> order.add(b.get("code").asString()));
		JsonNode sagaBar = bar(bars, "41");
		JsonNode miyazakiBar = bar(bars, "45");
		assertThat(sagaBar.get("value").isNull()).as("2 consultations: no bar").isTrue();
		assertThat(sagaBar.get("shown").asString()).isEqualTo("3未満");
		assertThat(miyazakiBar.get("value").asInt()).isGreaterThanOrEqualTo(5);
		assertThat(order.indexOf("45")).as("a shown count ranks before a withheld one").isLessThan(order.indexOf("41"));
		// every shown count before every withheld one, largest first
		List<Integer> shown = new ArrayList<>();
		bars.forEach(b -> {
			if (!b.get("value").isNull() && b.get("value").asInt() > 0) {
				shown.add(b.get("value").asInt());
			}
		});
		assertThat(shown).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		// the table under the chart: Saga without a place, its cell 「3未満」
		String sagaRow = html.substring(html.indexOf("data-prefecture=\"41\""));
		sagaRow = sagaRow.substring(0, sagaRow.indexOf("</tr>"));
		assertThat(sagaRow).contains("3未満", "—");

		mvc.perform(get("/national/kpis?month=2026-06&rank=PLACEMENTS").with(logins.as(METI_KYUSHU)))
			.andExpect(status().isOk());
		mvc.perform(get("/national/kpis?rank=NO_SUCH_KPI").with(logins.as(METI_KYUSHU)))
			.andExpect(status().isNotFound());
	}

	@Test
	void incomeIsTheFeesDueFromConfirmedPlacementsAsFinanceCountsThemAndASumOfFewerThanThreeIsWithheld()
			throws Exception {
		MatchingFixture fx = MatchingFixture.of(context);
		Hub hub = hubs.create(slug("income"), "収入テスト拠点 " + HUBS.incrementAndGet(), HubKind.PRO_TALENT, "45");
		String manager = "manager@" + hub.getSlug() + ".test";
		accounts.createIfAbsent(hub.getId(), manager, "収入テスト 管理者", Role.HUB_MANAGER, jp.kyoten.DemoLogins.PASSWORD);
		long agency = fx.agency(hub.getSlug(), "収入" + MatchingFixture.unique() + "人材", EmploymentForm.FULL_TIME,
				JobCategory.PRODUCTION);
		// the hub's agreement: 10 % of the fee the company paid the agency (the 収入 page)
		mvc.perform(post("/finance/income/agreements").with(logins.as(manager))
			.with(csrf())
			.param("agencyId", String.valueOf(agency))
			.param("feeRate", "10")
			.param("validFrom", "2026-04-01")).andExpect(flash().attributeExists("flash"));
		fx.placement(hub.getSlug(), agency, LocalDate.of(2026, 6, 5), 1_000_000L, true);
		fx.placement(hub.getSlug(), agency, LocalDate.of(2026, 6, 12), 2_000_000L, true);
		fx.placement(hub.getSlug(), agency, LocalDate.of(2026, 6, 19), 3_000_000L, true);
		fx.placement(hub.getSlug(), agency, LocalDate.of(2026, 7, 3), 500_000L, true);
		// not confirmed by staff: no income
		fx.placement(hub.getSlug(), agency, LocalDate.of(2026, 7, 10), 9_000_000L, false);
		refresh.refresh(hub.getId(), 2026, 2026);

		JsonNode june = hubOf(api("/api/v1/national/breakdowns?month=2026-06", CABINET), hub.getId());
		assertThat(stage(june, "INCOME").at("/month/value").asLong()).as("10 % of 6,000,000").isEqualTo(600_000);
		JsonNode july = hubOf(api("/api/v1/national/breakdowns?month=2026-07", CABINET), hub.getId());
		assertThat(stage(july, "INCOME").at("/month/suppressed").asBoolean()).as("one placement behind it").isTrue();
		assertThat(stage(july, "INCOME").at("/month/value").isNull()).isTrue();
		assertThat(stage(july, "INCOME").at("/yearToDate/value").asLong()).isEqualTo(650_000);
		// the same sum as the hub's own 収入 page counts
		JsonNode own = json
			.readTree(body(mvc.perform(get("/api/v1/finance/income?fiscalYear=2026").with(logins.as(manager)))
				.andExpect(status().isOk())
				.andReturn()));
		long due = 0;
		for (JsonNode a : own.get("agencies")) {
			if (a.get("agencyId").asLong() == agency) {
				due = a.get("due").asLong();
			}
		}
		assertThat(due).isEqualTo(650_000);
		// the page prints the funnel's last stage; no INCOME_PLACEMENTS key leaves the
		// server
		String page = body(mvc.perform(get("/national/breakdowns?month=2026-07").with(logins.as(CABINET)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page).contains("収入（手数料、円）");
		assertThat(july.toString()).doesNotContain("INCOME_PLACEMENTS");
	}

	private static JsonNode bar(JsonNode bars, String code) {
		for (JsonNode b : bars) {
			if (b.get("code").asString().equals(code)) {
				return b;
			}
		}
		throw new AssertionError(code + " not ranked in " + bars);
	}

}
