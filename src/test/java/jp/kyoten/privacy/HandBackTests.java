package jp.kyoten.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.platform.tenancy.HubScope;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The hand-back: one zip with every table the hub owns as CSV and JSON, its stored files,
 * the data dictionary and a manifest whose row counts equal the database's and whose
 * checksums verify; produced by one node at a time.
 */
@KyotenSpringTest
class HandBackTests {

	@Autowired
	ApplicationContext ctx;

	@Autowired
	HandBacks jobs;

	@Autowired
	HandBackRunner runner;

	@Autowired
	HubTables tables;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	/** The zip's entries by name, read whole (test hubs are small). */
	static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
			ZipEntry e;
			while ((e = in.getNextEntry()) != null) {
				entries.put(e.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	static String sha256(byte[] data) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
	}

	long handBack(PrivacyFixture.TestHub hub) {
		long id = jobs.queue(hub.id(), hub.name(), "admin@kyoten.demo");
		assertThat(runner.run(id)).isTrue();
		return id;
	}

	@Test
	void theZipHoldsEveryTableWithRowCountsOfTheDatabaseAndChecksumsThatVerify() throws Exception {
		PrivacyFixture fx = PrivacyFixture.of(ctx);
		PrivacyFixture.TestHub hub = fx.withRecords(fx.hub());
		long id = handBack(hub);
		HandBack job = jobs.get(id);
		assertThat(job.status()).isEqualTo("DONE");
		assertThat(job.percent()).isEqualTo(100);
		byte[] zip = Files.readAllBytes(runner.zipOf(job));
		assertThat(sha256(zip)).isEqualTo(job.zipSha256());
		Map<String, byte[]> entries = unzip(zip);

		JsonNode manifest = json.readTree(entries.get("manifest.json"));
		assertThat(manifest.get("hubId").asLong()).isEqualTo(hub.id());
		int tablesInManifest = 0;
		for (JsonNode e : manifest.get("entries")) {
			String name = e.get("name").asString();
			assertThat(entries).as(name).containsKey(name);
			assertThat(sha256(entries.get(name))).as("checksum of " + name).isEqualTo(e.get("sha256").asString());
			assertThat((long) entries.get(name).length).isEqualTo(e.get("bytes").asLong());
			if (name.startsWith("tables/")) {
				String table = e.get("table").asString();
				HubTables.Table t = tables.named(table).orElseThrow();
				long inDatabase = HubScope.callAs(hub.id(),
						() -> jdbc.sql("SELECT count(*) FROM " + HubTables.quote(table) + t.where(hub.id()))
							.query(Long.class)
							.single());
				assertThat(e.get("rows").asLong()).as("rows of " + name).isEqualTo(inDatabase);
				tablesInManifest++;
			}
		}
		assertThat(tablesInManifest).as("a CSV and a JSON for every table").isEqualTo(2 * tables.all().size());

		String consultations = new String(entries.get("tables/consultation.csv"), StandardCharsets.UTF_8);
		assertThat(consultations).startsWith("\uFEFFid,hub_id,company_id");
		assertThat(consultations).contains("\"人材の相談 0\n改行と \\ バックスラッシュと =式\"");
		List<String> jsonLines = new String(entries.get("tables/consultation.ndjson"), StandardCharsets.UTF_8).lines()
			.toList();
		assertThat(jsonLines).hasSize(3);
		assertThat(jsonLines).extracting(line -> json.readTree(line).get("summary").asString())
			.contains("人材の相談 0\n改行と \\ バックスラッシュと =式");
		String accounts = new String(entries.get("tables/user_account.csv"), StandardCharsets.UTF_8);
		assertThat(accounts).contains(hub.manager()).doesNotContain("password_hash").doesNotContain("$2a$");

		long obligation = HubScope.callAs(hub.id(),
				() -> jdbc.sql("SELECT id FROM obligation").query(Long.class).single());
		String file = "files/obligation/" + obligation + "-file_data";
		assertThat(entries.get(file)).isEqualTo(PrivacyFixture.FILE);
		assertThat(new String(entries.get("tables/obligation.csv"), StandardCharsets.UTF_8)).contains(file);
		assertThat(new String(entries.get("tables/audit_log.csv"), StandardCharsets.UTF_8)).contains("企業を閲覧");
		String dictionary = new String(entries.get(DataDictionary.NAME), StandardCharsets.UTF_8);
		assertThat(dictionary).contains("consultation,相談,含む,summary,文字列,必須,概要").contains("出力していません（認証情報）");
	}

	@Test
	void aRunningHandBackIsTakenOverOnlyWhenItsNodeStoppedReporting() {
		PrivacyFixture fx = PrivacyFixture.of(ctx);
		PrivacyFixture.TestHub hub = fx.hub();
		long id = jobs.queue(hub.id(), hub.name(), "admin@kyoten.demo");
		assertThat(jobs.claim(id, Duration.ofMinutes(5))).isTrue();
		assertThat(jobs.claim(id, Duration.ofMinutes(5))).as("the other node keeps off a beating job").isFalse();
		jdbc.sql("UPDATE privacy_hand_back SET heartbeat_at = now() - interval '10 minutes' WHERE id = ?")
			.param(id)
			.update();
		assertThat(jobs.claimable(Duration.ofMinutes(5))).contains(id);
		assertThat(runner.run(id)).as("a node takes the abandoned job and finishes it").isTrue();
		assertThat(jobs.get(id).status()).isEqualTo("DONE");
	}

	@Test
	void aResumedHandBackWritesOnlyTheTablesNotYetDone() throws Exception {
		PrivacyFixture fx = PrivacyFixture.of(ctx);
		PrivacyFixture.TestHub hub = fx.withRecords(fx.hub());
		long id = jobs.queue(hub.id(), hub.name(), "admin@kyoten.demo");
		// a first node wrote the consultations, then died
		jobs.claim(id, Duration.ofMinutes(5));
		HubTables.Table consultation = tables.named("consultation").orElseThrow();
		Path staging = runner.stagingOf(id);
		List<HandBackExport.Entry> first = HubScope.callAs(hub.id(),
				() -> ctx.getBean(HandBackExport.class).write(hub.id(), consultation, staging, n -> {
				}));
		jobs.tableDone(id, first);
		jobs.fail(id, "node stopped");

		mvc.perform(post("/privacy/hand-backs/{id}/resume", id).with(logins.as(DemoLogins.ADMIN)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flash"));
		for (int i = 0; i < 200 && !jobs.get(id).finished(); i++) {
			Thread.sleep(100);
		}
		HandBack job = jobs.get(id);
		assertThat(job.status()).isEqualTo("DONE");
		assertThat(jobs.entries(id)).filteredOn(e -> "consultation".equals(e.table())).hasSize(2).containsAll(first);
		Map<String, byte[]> entries = unzip(Files.readAllBytes(runner.zipOf(job)));
		assertThat(sha256(entries.get("tables/consultation.csv"))).isEqualTo(first.getFirst().sha256());

		mvc.perform(get("/privacy/hand-backs/{id}", id).with(logins.as(DemoLogins.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("100%")));
		mvc.perform(get("/privacy/hand-backs/{id}", id).with(logins.as(DemoLogins.ADMIN)).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hand-back-progress")));
		mvc.perform(get("/privacy/hand-backs/{id}/download", id).with(logins.as(DemoLogins.ADMIN))
			.header("Range", "bytes=0-1"))
			.andExpect(status().isPartialContent())
			.andExpect(content().bytes(new byte[] { 'P', 'K' }));
		mvc.perform(get("/privacy/hand-backs/{id}", id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aManagerProducesTheHandBackOnlyWithTheAdminsConsent() throws Exception {
		PrivacyFixture fx = PrivacyFixture.of(ctx);
		PrivacyFixture.TestHub hub = fx.hub();
		mvc.perform(post("/privacy/hand-backs").with(logins.as(hub.manager())).with(csrf()))
			.andExpect(flash().attribute("flashError", containsString("システム管理者の承認")));
		mvc.perform(post("/privacy/hand-backs/consent").param("hubId", String.valueOf(hub.id()))
			.param("days", "7")
			.with(logins.as(hub.manager()))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/privacy/hand-backs/consent").param("hubId", String.valueOf(hub.id()))
			.param("days", "7")
			.with(logins.as(DemoLogins.ADMIN))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/privacy/hand-backs").with(logins.as(hub.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("まで返還データを作れます")));
		String location = mvc.perform(post("/privacy/hand-backs").with(logins.as(hub.manager())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/privacy/hand-backs/\\d+");
		mvc.perform(get("/privacy/hand-backs").with(logins.as(DemoLogins.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(hub.name())));
	}

}
