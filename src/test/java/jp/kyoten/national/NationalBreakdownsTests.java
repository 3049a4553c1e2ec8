package jp.kyoten.national;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.hub.Hub;
import jp.kyoten.hub.HubKind;
import jp.kyoten.reporting.KpiBreakdownMonths;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The funnel and breakdowns at national level: counts only on every page, export and API
 * answer, small cells 「3未満」 for a hub and for an area, a body sees only the hubs it
 * oversees, a hub's staff is refused.
 */
@KyotenSpringTest
class NationalBreakdownsTests extends NationalTestSupport {

	@Test
	void everyBreakdownPageExportAndApiAnswerHoldsCountsOnly() throws Exception {
		Set<String> personal = personalTexts(java.util.stream.Stream.of("kumamoto", "fukuoka")
			.map(slug -> hubs.bySlug(slug).orElseThrow())
			.toList());
		assertThat(personal).hasSizeGreaterThan(20);
		for (String page : List.of("/national/breakdowns", "/national/breakdowns?region=KYUSHU&month=2026-09")) {
			String html = body(mvc.perform(get(page).with(logins.as(CABINET))).andExpect(status().isOk()).andReturn());
			assertThat(html).as(page).contains("熊本県プロフェッショナル人材戦略拠点", "集客（企業数）", "業種別の成約件数");
			assertNoPersonal(page, html, personal);
		}
		byte[] xlsx = mvc.perform(get("/national/breakdowns/export?format=xlsx").with(logins.as(CABINET)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String cells = cellsOf(xlsx);
		assertThat(cells).contains("熊本県プロフェッショナル人材戦略拠点", "職種別の成約件数", "UIJターン別の成約件数");
		assertNoPersonal("xlsx", cells, personal);
		for (String export : List.of("/national/breakdowns/export?format=csv",
				"/national/breakdowns/export?format=csv&charset=Shift_JIS", "/national/breakdowns/export?format=pdf")) {
			byte[] bytes = mvc.perform(get(export).with(logins.as(CABINET)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(bytes).as(export).isNotEmpty();
			String text = new String(bytes,
					export.contains("Shift_JIS") ? Charset.forName("windows-31j") : StandardCharsets.UTF_8);
			if (!export.contains("pdf")) {
				assertThat(text).as(export).contains("熊本県");
			}
			assertNoPersonal(export, text, personal);
		}
		Set<String> allowed = new HashSet<>(Set.of("body", "fiscalYear", "month", "hubs", "regions", "nation", "hubId",
				"hubName", "hubKind", "prefectureCode", "region", "area", "counts", "key", "yearToDate", "value",
				"suppressed", "satisfaction"));
		for (KpiBreakdownMonths.Dimension d : KpiBreakdownMonths.Dimension.values()) {
			allowed.add(d.name());
		}
		String answer = body(mvc.perform(get("/api/v1/national/breakdowns?fiscalYear=2026").with(logins.as(CABINET)))
			.andExpect(status().isOk())
			.andReturn());
		JsonNode root = json.readTree(answer);
		Set<String> fields = new HashSet<>();
		collectFields(root, fields);
		assertThat(fields).isSubsetOf(allowed);
		assertThat(root.get("hubs").size()).isGreaterThanOrEqualTo(47);
		assertThat(values(root.get("hubs"), "hubKind")).containsOnly("PRO_TALENT");
		assertNoPersonal("api", answer, personal);
		// the demo's placements are broken down: the nation has placements by industry
		assertThat(root.at("/nation/counts/INDUSTRY").size()).isGreaterThan(0);
	}

	@Test
	void aSmallFunnelCellIsFewerThanThreeForTheHubAndForItsArea() throws Exception {
		// a programme hub of its own: the Kyushu bureau oversees it and only Kyushu's
		// programme hubs
		Hub hub = hubs.create(slug("breakdown"), "内訳テスト 人材確保支援事業 " + HUBS.incrementAndGet(), HubKind.TALENT_PROGRAMME,
				"46");
		long company = companies.in(hub.getSlug()).industry("E").employees(30).create("内訳の少数セル株式会社");
		consult(hub, company, LocalDate.of(2026, 6, 3), "人材の相談");
		consult(hub, company, LocalDate.of(2026, 6, 4), "人材の相談");
		for (int d = 1; d <= 3; d++) {
			consult(hub, company, LocalDate.of(2026, 7, d), "人材の相談");
		}
		recounted(hub.getId());
		JsonNode june = api("/api/v1/national/breakdowns?month=2026-06", METI_KYUSHU);
		JsonNode row = hubOf(june, hub.getId());
		assertThat(stage(row, "CONSULTED").at("/month/suppressed").asBoolean()).as("2 consultations").isTrue();
		assertThat(stage(row, "CONSULTED").at("/month/value").isNull()).isTrue();
		assertThat(stage(row, "REACHED").at("/month/suppressed").asBoolean()).as("1 company").isTrue();
		JsonNode july = hubOf(api("/api/v1/national/breakdowns?month=2026-07", METI_KYUSHU), hub.getId());
		assertThat(stage(july, "CONSULTED").at("/month/value").asInt()).isEqualTo(3);
		assertThat(stage(july, "CONSULTED").at("/yearToDate/value").asInt()).isEqualTo(5);
		String page = body(mvc.perform(get("/national/breakdowns?month=2026-06").with(logins.as(METI_KYUSHU)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page).contains(hub.getName(), "3未満").doesNotContain("県プロフェッショナル人材戦略拠点");
		String csv = body(
				mvc.perform(get("/national/breakdowns/export?format=csv&month=2026-06").with(logins.as(METI_KYUSHU)))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(csv.lines().filter(l -> l.contains(hub.getName())).findFirst().orElseThrow()).contains("3未満");
	}

	@Test
	void theYorozuHeadquartersSeesOnlyYorozuHubsAndAHubsStaffIsRefused() throws Exception {
		JsonNode answer = api("/api/v1/national/breakdowns", YOROZU_HQ);
		assertThat(values(answer.get("hubs"), "hubKind")).isNotEmpty().containsOnly("YOROZU");
		for (String path : List.of("/national/breakdowns", "/national/breakdowns/export?format=xlsx",
				"/api/v1/national/breakdowns")) {
			mvc.perform(get(path).with(logins.as(DemoLogins.KUMAMOTO_MANAGER))).andExpect(status().isForbidden());
		}
	}

}
