package jp.kyoten.national;

import java.io.ByteArrayInputStream;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import jp.kyoten.DemoLogins;
import jp.kyoten.TestCompanies;
import jp.kyoten.activity.Channel;
import jp.kyoten.activity.ManagementIssue;
import jp.kyoten.activity.NewConsultation;
import jp.kyoten.activity.RecordConsultation;
import jp.kyoten.activity.Referral;
import jp.kyoten.activity.ReferralSource;
import jp.kyoten.hub.Hub;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the national view's tests share (each class annotated {@code @KyotenSpringTest},
 * so one context): the beans they set up hubs and records with, the walk that gathers
 * every personal text a body must never read, and the readers of an answer (a page, an
 * xlsx, the API).
 */
abstract class NationalTestSupport {

	static final String CABINET = "national@kyoten.demo";

	static final String YOROZU_HQ = "yorozu-hq@kyoten.demo";

	static final String METI_KYUSHU = "meti-kyushu@kyoten.demo";

	/**
	 * Numbers the hubs a test creates, so that names and slugs never collide within a
	 * run.
	 */
	static final AtomicInteger HUBS = new AtomicInteger();

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

	/**
	 * Every text a body above the hubs must never read, of the hubs given (up to about
	 * 400): companies' names, consultations' summaries, agencies' names, the hubs' staff
	 * (the viewer's own name is on every page's header, and is no hub's), and the demo's
	 * people.
	 */
	Set<String> personalTexts(List<Hub> of) {
		Set<String> texts = new HashSet<>();
		for (Hub hub : of) {
			HubScope.runAs(hub.getId(), () -> {
				texts.addAll(jdbc.sql("SELECT name FROM company ORDER BY id LIMIT 30").query(String.class).list());
				texts.addAll(
						jdbc.sql("SELECT summary FROM consultation ORDER BY id LIMIT 5").query(String.class).list());
				texts.addAll(
						jdbc.sql("SELECT name FROM recruitment_agency ORDER BY id LIMIT 5").query(String.class).list());
				texts.addAll(jdbc.sql("SELECT display_name FROM user_account WHERE hub_id = ? ORDER BY id LIMIT 10")
					.param(hub.getId())
					.query(String.class)
					.list());
			});
			if (texts.size() > 400) {
				break;
			}
		}
		texts.addAll(List.of(DemoLogins.KUMAMOTO_MANAGER, "熊本 花子", "阿蘇 太郎", "博多 一郎"));
		return texts;
	}

	/**
	 * A new consultation of the company at the hub on the day (a first one: it counts as
	 * 相談).
	 */
	long consult(Hub hub, long company, LocalDate day, String summary) {
		return HubScope.callAs(hub.getId(),
				() -> consultations.record(NewConsultation.of(company, day, Channel.VISIT_IN,
						Referral.source(ReferralSource.SELF), Set.of(ManagementIssue.RECRUITMENT), summary, null)));
	}

	void recounted(long hubId) throws InterruptedException {
		NationalRecountTests.recounted(refresh, jdbc, hubId);
	}

	JsonNode api(String path, String user) throws Exception {
		return json.readTree(body(mvc.perform(get(path).with(logins.as(user))).andExpect(status().isOk()).andReturn()));
	}

	static String slug(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36) + "-" + HUBS.incrementAndGet();
	}

	/** A funnel stage of a hub's row of the breakdowns API. */
	static JsonNode stage(JsonNode hubRow, String key) {
		for (JsonNode k : hubRow.at("/counts/FUNNEL")) {
			if (k.get("key").asString().equals(key)) {
				return k;
			}
		}
		throw new AssertionError(key + " not in " + hubRow);
	}

	static JsonNode hubOf(JsonNode answer, long hubId) {
		for (JsonNode h : answer.get("hubs")) {
			if (h.get("hubId").asLong() == hubId) {
				return h;
			}
		}
		throw new AssertionError("hub " + hubId + " not in " + answer);
	}

	static List<String> values(JsonNode array, String field) {
		List<String> list = new ArrayList<>();
		array.forEach(n -> list.add(n.get(field).asString()));
		return list;
	}

	static void collectFields(JsonNode node, Set<String> fields) {
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

	static void assertNoPersonal(String where, String answer, Set<String> personal) {
		for (String text : personal) {
			if (text != null && text.length() >= 4) {
				assertThat(answer).as("%s shows %s", where, text).doesNotContain(text);
			}
		}
	}

	static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static String cellsOf(byte[] xlsx) throws Exception {
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

}
