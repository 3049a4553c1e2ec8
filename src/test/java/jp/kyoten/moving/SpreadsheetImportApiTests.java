package jp.kyoten.moving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.TestCompanies;
import jp.kyoten.directory.Companies;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;

import tools.jackson.databind.json.JsonMapper;

/**
 * The import for machines: a file and a saved mapping's name answer 202 and a job; the
 * job's status and its rejected rows follow. A row that matched two companies cannot be
 * asked about here: it lands among the rejected rows.
 */
@KyotenSpringTest
class SpreadsheetImportApiTests {

	static final String EMPTY_FILE_MESSAGE = "ファイルを選んでください。";

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	SpreadsheetImports imports;

	@Autowired
	Companies companies;

	@Autowired
	Hubs hubs;

	@Autowired
	JsonMapper json;

	@TempDir
	Path dir;

	@Test
	void importsAFileWithASavedMappingAndReportsTheRowItCouldNotDecide() throws Exception {
		String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(java.util.Locale.ROOT);
		long hub = hubs.bySlug("kumamoto").orElseThrow().getId();
		TestCompanies test = new TestCompanies(companies, hubs);
		test.create("二重API" + tag);
		test.create("二重API" + tag);
		HubScope.runAs(hub, () -> imports.saveMapping("API台帳" + tag, SpreadsheetImportFixture
			.mapping(RecordKind.COMPANIES, DedupeRule.FILL_EMPTY, Field.COMPANY_NAME, Field.ADDRESS), "api@k"));
		Path file = dir.resolve("ledger.xlsx");
		SpreadsheetReaderTests.writeXlsx(file,
				List.of(List.of("会社名", "所在地"), List.of("新API" + tag, "阿蘇市"), List.of("二重API" + tag, "")));

		String body = mvc
			.perform(multipart("/api/v1/imports/spreadsheets")
				.file(new MockMultipartFile("file", "ledger.xlsx", "application/octet-stream",
						Files.readAllBytes(file)))
				.param("mapping", "API台帳" + tag)
				.with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", containsString("/api/v1/imports/spreadsheets/")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) json.readValue(body, Map.class).get("id")).longValue();

		String state = "";
		for (int i = 0; i < 120 && !state.equals("DONE"); i++) {
			Thread.sleep(500);
			String status = mvc
				.perform(get("/api/v1/imports/spreadsheets/" + id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			state = String.valueOf(json.readValue(status, Map.class).get("status"));
		}
		assertThat(state).isEqualTo("DONE");
		mvc.perform(get("/api/v1/imports/spreadsheets/" + id).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(jsonPath("$.createdCompanies").value(1))
			.andExpect(jsonPath("$.rejected").value(1));
		mvc.perform(
				get("/api/v1/imports/spreadsheets/" + id + "/rejected").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].rowNumber").value(3))
			.andExpect(jsonPath("$[0].reason").value(containsString("2社に一致")));
	}

	@Test
	void refusesAnUnknownMappingAsProblemJsonAndAClerkAltogether() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "x.csv", "text/csv", "会社名\r\nA社\r\n".getBytes());
		mvc.perform(multipart("/api/v1/imports/spreadsheets").file(file)
			.param("mapping", "ない対応づけ")
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.code").value("moving.mapping.unknown"));
		mvc.perform(multipart("/api/v1/imports/spreadsheets").file(file)
			.param("mapping", "ない対応づけ")
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))).andExpect(status().isForbidden());
	}

	@Test
	void anotherHubsImportIsNotFoundAndAnEmptyFileIsRefusedInJapanese() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "ledger.csv", "text/csv", "会社名\r\nA社\r\n".getBytes());
		String location = mvc
			.perform(multipart("/moving-in").file(file).with(csrf()).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String id = location.replaceAll(".*/moving-in/(\\d+)/mapping$", "$1");
		mvc.perform(get("/moving-in/" + id + "/mapping").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk());
		mvc.perform(get("/moving-in/" + id + "/mapping").with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/imports/spreadsheets/" + id).with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(status().isNotFound());

		MockMultipartFile empty = new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]);
		mvc.perform(multipart("/moving-in").file(empty).with(csrf()).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(redirectedUrl("/moving-in"))
			.andExpect(flash().attribute("flashError", EMPTY_FILE_MESSAGE));
		MockMultipartFile garbage = new MockMultipartFile("file", "ledger.xlsx", "application/octet-stream",
				new byte[] { 0x50, 0x4b, 0x03, 0x04, 0x00, 0x01, 0x02 });
		mvc.perform(multipart("/moving-in").file(garbage).with(csrf()).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(redirectedUrl("/moving-in"))
			.andExpect(flash().attribute("flashError", org.hamcrest.Matchers.matchesPattern(".*[ぁ-んァ-ヶ一-龠].*")));
	}

}
