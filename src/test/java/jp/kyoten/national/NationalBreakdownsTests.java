package jp.kyoten.national;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.TestCompanies;
import jp.kyoten.activity.Channel;
import jp.kyoten.activity.ManagementIssue;
import jp.kyoten.activity.NewConsultation;
import jp.kyoten.activity.RecordConsultation;
import jp.kyoten.activity.Referral;
import jp.kyoten.activity.ReferralSource;
import jp.kyoten.hub.Hub;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.reporting.KpiBreakdownMonths;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The funnel and breakdowns at national level: counts only on every page, export and API answer, small cells
 * 「3未満」 for a hub and for an area, a body sees only the hubs it oversees, a hub's staff is refused.
 */
@KyotenSpringTest
class NationalBreakdownsTests {

	private static final AtomicInteger HUBS = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Hubs hubs;

	@Autowired
	TestCompanies companies;

	@Autowired
	RecordConsultation consultations;

	@Autowired
	RefreshNationalFigures refresh;

	@Autowired
	JsonMapper json;

	@Test
	void everyBreakdownPageExportAndApiAnswerHoldsCountsOnly() throws Exception {
		Set<String> personal = personalTexts();
		assertThat(personal).hasSizeGreaterThan(20);
		for (String page : List.of("/national/breakdowns", "/national/breakdowns?region=KYUSHU&month=2026-09")) {
			String html = body(mvc.perform(get(page).with(logins.as(NationalViewTests.CABINET)))
				.andExpect(status().isOk())
				.andReturn());
			assertThat(html).as(page).contains("熊本県プロフェッショナル人材戦略拠点", "集客（企業数）", "業種別の成約件数");
			assertNoPersonal(page, html, personal);
		}
		byte[] xlsx = mvc.perform(get("/national/breakdowns/export?format=xlsx").with(logins.as(NationalViewTests.CABINET)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String cells = cellsOf(xlsx);
		assertThat(cells).contains("熊本県プロフェッショナル人材戦略拠点", "職種別の成約件数", "UIJターン別の成約件数");
		assertNoPersonal("xlsx", cells, personal);
		for (String export : List.of("/national/breakdowns/export?format=csv",
				"/national/breakdowns/export?format=csv&charset=Shift_JIS", "/national/breakdowns/export?format=pdf")) {
			byte[] bytes = mvc.perform(get(export).with(logins.as(NationalViewTests.CABINET)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(bytes).as(export).isNotEmpty();
			String text = new String(bytes, export.contains("Shift_JIS") ? Charset.forName("windows-31j")
					: StandardCharsets.UTF_8);
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
		String answer = body(mvc.perform(get("/api/v1/national/breakdowns?fiscalYear=2026")
			.with(logins.as(NationalViewTests.CABINET))).andExpect(status().isOk()).andReturn());
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
		// a programme hub of its own: the Kyushu bureau oversees it and only Kyushu's programme hubs
		Hub hub = hubs.create(slug(), "内訳テスト 人材確保支援事業 " + HUBS.incrementAndGet(), HubKind.TALENT_PROGRAMME, "46");
		long company = companies.in(hub.getSlug()).industry("E").employees(30).create("内訳の少数セル株式会社");
		consult(hub, company, LocalDate.of(2026, 6, 3));
		consult(hub, company, LocalDate.of(2026, 6, 4));
		for (int d = 1; d <= 3; d++) {
			consult(hub, company, LocalDate.of(2026, 7, d));
		}
		recounted(hub.getId());
		JsonNode june = api("/api/v1/national/breakdowns?month=2026-06", NationalViewTests.METI_KYUSHU);
		JsonNode row = hubOf(june, hub.getId());
		assertThat(stage(row, "CONSULTED").at("/month/suppressed").asBoolean()).as("2 consultations").isTrue();
		assertThat(stage(row, "CONSULTED").at("/month/value").isNull()).isTrue();
		assertThat(stage(row, "REACHED").at("/month/suppressed").asBoolean()).as("1 company").isTrue();
		JsonNode july = hubOf(api("/api/v1/national/breakdowns?month=2026-07", NationalViewTests.METI_KYUSHU),
				hub.getId());
		assertThat(stage(july, "CONSULTED").at("/month/value").asInt()).isEqualTo(3);
		assertThat(stage(july, "CONSULTED").at("/yearToDate/value").asInt()).isEqualTo(5);
		String page = body(mvc.perform(get("/national/breakdowns?month=2026-06")
			.with(logins.as(NationalViewTests.METI_KYUSHU))).andExpect(status().isOk()).andReturn());
		assertThat(page).contains(hub.getName(), "3未満").doesNotContain("県プロフェッショナル人材戦略拠点");
		String csv = body(mvc.perform(get("/national/breakdowns/export?format=csv&month=2026-06")
			.with(logins.as(NationalViewTests.METI_KYUSHU))).andExpect(status().isOk()).andReturn());
		assertThat(csv.lines().filter(l -> l.contains(hub.getName())).findFirst().orElseThrow()).contains("3未満");
	}

	@Test
	void theYorozuHeadquartersSeesOnlyYorozuHubsAndAHubsStaffIsRefused() throws Exception {
		JsonNode answer = api("/api/v1/national/breakdowns", NationalViewTests.YOROZU_HQ);
		assertThat(values(answer.get("hubs"), "hubKind")).isNotEmpty().containsOnly("YOROZU");
		for (String path : List.of("/national/breakdowns", "/national/breakdowns/export?format=xlsx",
				"/api/v1/national/breakdowns")) {
			mvc.perform(get(path).with(logins.as(DemoLogins.KUMAMOTO_MANAGER))).andExpect(status().isForbidden());
		}
	}

	// --- helpers

	private void consult(Hub hub, long company, LocalDate day) {
		HubScope.runAs(hub.getId(), () -> consultations.record(NewConsultation.of(company, day, Channel.VISIT_IN,
				Referral.source(ReferralSource.SELF), Set.of(ManagementIssue.RECRUITMENT), "人材の相談", null)));
	}

	private void recounted(long hubId) throws InterruptedException {
		NationalRecountTests.recounted(refresh, jdbc, hubId);
	}

	private static JsonNode stage(JsonNode hubRow, String key) {
		for (JsonNode k : hubRow.at("/counts/FUNNEL")) {
			if (k.get("key").asString().equals(key)) {
				return k;
			}
		}
		throw new AssertionError(key + " not in " + hubRow);
	}

	private Set<String> personalTexts() {
		Set<String> texts = new HashSet<>();
		for (String slug : List.of("kumamoto", "fukuoka")) {
			hubs.bySlug(slug).ifPresent(h -> HubScope.runAs(h.getId(), () -> {
				texts.addAll(jdbc.sql("SELECT name FROM company ORDER BY id LIMIT 30").query(String.class).list());
				texts.addAll(jdbc.sql("SELECT summary FROM consultation ORDER BY id LIMIT 5").query(String.class).list());
				// the hub's own staff (the viewer's own name is on every page's header, and is no hub's)
				texts.addAll(jdbc.sql("SELECT display_name FROM user_account WHERE hub_id = ? ORDER BY id LIMIT 10")
					.param(h.getId())
					.query(String.class)
					.list());
			}));
		}
		texts.add(DemoLogins.KUMAMOTO_MANAGER);
		return texts;
	}

	private JsonNode api(String path, String user) throws Exception {
		return json.readTree(body(mvc.perform(get(path).with(logins.as(user))).andExpect(status().isOk()).andReturn()));
	}

	private static JsonNode hubOf(JsonNode answer, long hubId) {
		for (JsonNode h : answer.get("hubs")) {
			if (h.get("hubId").asLong() == hubId) {
				return h;
			}
		}
		throw new AssertionError("hub " + hubId + " not in " + answer);
	}

	private static List<String> values(JsonNode array, String field) {
		List<String> list = new ArrayList<>();
		array.forEach(n -> list.add(n.get(field).asString()));
		return list;
	}

	private static void collectFields(JsonNode node, Set<String> fields) {
		if (node.isObject()) {
			node.properties().forEach(e -> {
				fields.add(e.getKey());
				collectFields(e.getValue(), fields);
			});
		}
		else if (node.isArray()) {
			node.forEach(n -> collectFields(n, fields));
		}
	}

	private static void assertNoPersonal(String where, String answer, Set<String> personal) {
		for (String text : personal) {
			if (text != null && text.length() >= 4) {
				assertThat(answer).as("%s shows %s", where, text).doesNotContain(text);
			}
		}
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String cellsOf(byte[] xlsx) throws Exception {
		StringBuilder sb = new StringBuilder();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : book) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						sb.append(cell.toString()).append('\t');
					}
					sb.append('\n');
				}
			}
		}
		return sb.toString();
	}

	private static String slug() {
		return "breakdown-" + Long.toString(System.nanoTime(), 36) + "-" + HUBS.incrementAndGet();
	}

}
