package jp.kyoten.finance;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.finance.FinanceFixture.TestHub;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The expense ledger over HTTP: the ratio checks and their warning, closed months and
 * reversing entries, evidence type checks, hub isolation, roles, budget against actual
 * and the 確定検査 package.
 */
@KyotenSpringTest
class LedgerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	Hubs hubs;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.context.ApplicationContext context;

	TestHub hub;

	@BeforeEach
	void setUp() {
		hub = FinanceFixture.hub(hubs, accounts, HubKind.PRO_TALENT);
	}

	@Test
	void warnsWhenAnOverheadEntryTakesItOverTenPercentOfPersonnelAndProjectCostsAndStatesTheRule() throws Exception {
		LocalDate day = LocalDate.now(jp.kyoten.platform.time.HubTime.ZONE);
		book(day, "PERSONNEL", 600_000, 0).andExpect(jsonPath("$.overLimit", hasSize(0)));
		book(day, "TRAVEL", 400_000, 36_363).andExpect(jsonPath("$.overLimit", hasSize(0)));
		// 100,000 of 1,000,000 is exactly 10 %: within the limit, but approaching it
		book(day, "OVERHEAD", 100_000, 0).andExpect(jsonPath("$.overLimit", hasSize(0)));
		mvc.perform(get("/api/v1/finance/budget").with(logins.as(hub.manager())))
			.andExpect(jsonPath("$.ratios[0].rule").value("OVERHEAD"))
			.andExpect(jsonPath("$.ratios[0].level").value("NEAR"));
		// one yen more takes it over
		book(day, "OVERHEAD", 1, 0).andExpect(jsonPath("$.overLimit[0].rule").value("OVERHEAD"))
			.andExpect(jsonPath("$.overLimit[0].amount").value(100_001))
			.andExpect(jsonPath("$.overLimit[0].base").value(1_000_000));
		// the page warns with the rule's wording when the entry is booked there
		mvc.perform(post("/finance/ledger/entries").with(logins.as(hub.manager()))
			.with(csrf())
			.param("entryDate", day.toString())
			.param("category", "OVERHEAD")
			.param("payee", "本部")
			.param("purpose", "間接経費")
			.param("amount", "1")
			.param("tax", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("ratioWarnings"));
		mvc.perform(get("/finance/budget").with(logins.as(hub.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("一般管理費は人件費＋事業費の10%以内")))
			.andExpect(content().string(containsString("data-level=\"OVER\"")));
	}

	@Test
	void subcontractingOverHalfOfTheWholeIsOverItsLimit() {
		List<RatioCheck> checks = RatioCheck.of(100, 300, 400, 0);
		assertThat(checks.get(1).rule()).isEqualTo(RatioCheck.Rule.SUBCONTRACT);
		assertThat(checks.get(1).level()).isEqualTo(RatioCheck.Level.NEAR);
		assertThat(RatioCheck.of(100, 300, 401, 0).get(1).level()).isEqualTo(RatioCheck.Level.OVER);
		assertThat(RatioCheck.of(100, 300, 401, 0).get(1).percent()).isEqualByComparingTo("50.1");
	}

	@Test
	void aClosedMonthRefusesEntriesAndEditsAndAcceptsAReversingEntryInAnOpenMonth() throws Exception {
		LocalDate today = LocalDate.now(jp.kyoten.platform.time.HubTime.ZONE);
		YearMonth last = YearMonth.from(today).minusMonths(1);
		assumeThat(Hubs.fiscalYearOf(last.atDay(1))).as("April: last month lies in the previous fiscal year")
			.isEqualTo(Hubs.fiscalYearOf(today));
		long id = id(book(last.atDay(3), "SUPPLIES", 5_500, 500));
		mvc.perform(post("/finance/ledger/close").with(logins.as(hub.manager()))
			.with(csrf())
			.param("month", last.toString())).andExpect(flash().attribute("flash", containsString("締めました")));

		mvc.perform(post("/api/v1/finance/entries").with(logins.as(hub.manager()))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(last.atDay(10), "SUPPLIES", 1_100, 100)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("締め済み")));
		mvc.perform(multipart("/finance/ledger/entries/{id}/evidence", id)
			.file(new MockMultipartFile("file", "receipt.pdf", "application/pdf", FinanceFixture.PDF))
			.with(logins.as(hub.manager()))
			.with(csrf())).andExpect(flash().attribute("flashError", containsString("締め済み")));
		// not even the database lets the application change or remove a booked entry
		HubScope.runAs(hub.id(), () -> {
			assertThatThrownBy(() -> jdbc.sql("UPDATE finance_entry SET amount = 1 WHERE id = ?").param(id).update())
				.isInstanceOf(org.springframework.dao.DataAccessException.class);
			assertThatThrownBy(() -> jdbc.sql("DELETE FROM finance_entry WHERE id = ?").param(id).update())
				.isInstanceOf(org.springframework.dao.DataAccessException.class);
		});

		mvc.perform(post("/api/v1/finance/entries/{id}/reversal", id).with(logins.as(hub.manager()))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\":\"" + today + "\",\"reason\":\"数量誤り\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.amount").value(-5_500))
			.andExpect(jsonPath("$.tax").value(-500))
			.andExpect(jsonPath("$.reverses").value(id));
		mvc.perform(get("/api/v1/finance/entries/{id}", id).with(logins.as(hub.manager())))
			.andExpect(jsonPath("$.locked").value(true))
			.andExpect(jsonPath("$.amount").value(5_500))
			.andExpect(jsonPath("$.reversedBy").isNumber());
		mvc.perform(post("/api/v1/finance/entries/{id}/reversal", id).with(logins.as(hub.manager())).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("finance.entry.alreadyReversed"));
		mvc.perform(get("/api/v1/finance/budget").with(logins.as(hub.manager())))
			.andExpect(jsonPath("$.actualTotal").value(0));
	}

	@Test
	void evidenceOfAWrongTypeIsRefusedAndNothingIsBooked() throws Exception {
		LocalDate today = LocalDate.now(jp.kyoten.platform.time.HubTime.ZONE);
		byte[] script = "<html><script>alert(1)</script></html>".getBytes();
		mvc.perform(multipart("/finance/ledger/entries")
			.file(new MockMultipartFile("file", "receipt.pdf", "application/pdf", script))
			.param("entryDate", today.toString())
			.param("category", "TRAVEL")
			.param("payee", "九州旅客鉄道")
			.param("purpose", "出張旅費")
			.param("amount", "3000")
			.param("tax", "272")
			.with(logins.as(hub.manager()))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("expenseForm"))
			.andExpect(content().string(containsString("PDF・JPEG・PNG")))
			.andExpect(content().string(containsString("九州旅客鉄道")));
		assertThat(count("finance_entry")).isZero();

		long id = id(book(today, "TRAVEL", 3_000, 272));
		mvc.perform(multipart("/finance/ledger/entries/{id}/evidence", id)
			.file(new MockMultipartFile("file", "receipt.png", "image/png", script))
			.with(logins.as(hub.manager()))
			.with(csrf())).andExpect(flash().attribute("flashError", containsString("PDF・JPEG・PNG")));
		assertThat(count("finance_evidence")).isZero();
		mvc.perform(multipart("/finance/ledger/entries/{id}/evidence", id)
			.file(new MockMultipartFile("file", "../../領収書.exe", "application/octet-stream", FinanceFixture.PNG))
			.with(logins.as(hub.manager()))
			.with(csrf())).andExpect(flash().attributeExists("flash"));
		mvc.perform(get("/api/v1/finance/entries/{id}", id).with(logins.as(hub.manager())))
			.andExpect(jsonPath("$.evidence[0].filename").value("領収書.png"))
			.andExpect(jsonPath("$.evidence[0].contentType").value("image/png"));
	}

	@Test
	void anotherHubsEntriesAndEvidenceAnswerNotFound() throws Exception {
		long id = id(book(LocalDate.now(jp.kyoten.platform.time.HubTime.ZONE), "PRINTING", 22_000, 2_000));
		mvc.perform(multipart("/finance/ledger/entries/{id}/evidence", id)
			.file(new MockMultipartFile("file", "invoice.pdf", "application/pdf", FinanceFixture.PDF))
			.param("kind", "INVOICE")
			.with(logins.as(hub.manager()))
			.with(csrf()));
		long evidence = HubScope.callAs(hub.id(),
				() -> jdbc.sql("SELECT id FROM finance_evidence WHERE entry_id = ?")
					.param(id)
					.query(Long.class)
					.single());
		String other = DemoLogins.FUKUOKA_MANAGER;
		mvc.perform(get("/api/v1/finance/entries/{id}", id).with(logins.as(other)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/finance/ledger/entries/{id}/evidence/{e}", id, evidence).with(logins.as(other)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/finance/ledger/entries/{id}/reverse", id).with(logins.as(other)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/finance/entries/{id}/reversal", id).with(logins.as(other)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/finance/ledger/entries/{id}/evidence/{e}", id, evidence).with(logins.as(hub.officer())))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		assertThat(count("finance_entry")).isEqualTo(1);
	}

	@Test
	void thePrefectureOfficerReadsTheBooksButOnlyTheManagerKeepsThemAndStaffSeeNothing() throws Exception {
		for (String page : List.of("/finance/ledger", "/finance/budget", "/finance/income", "/api/v1/finance/entries",
				"/api/v1/finance/budget", "/api/v1/finance/income")) {
			mvc.perform(get(page).with(logins.as(hub.officer()))).andExpect(status().isOk());
			mvc.perform(get(page).with(logins.as(hub.coordinator()))).andExpect(status().isForbidden());
		}
		mvc.perform(post("/api/v1/finance/entries").with(logins.as(hub.officer()))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(LocalDate.now(jp.kyoten.platform.time.HubTime.ZONE), "TRAVEL", 1_000, 0)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/finance/budget").with(logins.as(hub.officer()))
			.with(csrf())
			.param("fiscalYear", "2026")
			.param("amounts[TRAVEL]", "1000")).andExpect(status().isForbidden());
		mvc.perform(get("/finance/ledger").with(logins.as(hub.officer())))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("expense-form"))));
	}

	@Test
	void budgetAgainstActualShowsEachCategoryByMonthAndTheInspectionZipHoldsTheLedgerAndEveryFileIndexed()
			throws Exception {
		LocalDate today = LocalDate.now(jp.kyoten.platform.time.HubTime.ZONE);
		int year = Hubs.fiscalYearOf(today);
		mvc.perform(post("/finance/budget").with(logins.as(hub.manager()))
			.with(csrf())
			.param("fiscalYear", String.valueOf(year))
			.param("amounts[TRAVEL]", "500000")
			.param("amounts[VENUE]", "300000")).andExpect(flash().attributeExists("flash"));
		mvc.perform(post("/finance/budget").with(logins.as(hub.manager()))
			.with(csrf())
			.param("fiscalYear", String.valueOf(year))
			.param("amounts[TRAVEL]", "abc")).andExpect(flash().attributeExists("flashError"));
		for (int i = 0; i < 3; i++) {
			mvc.perform(multipart("/finance/ledger/entries")
				.file(new MockMultipartFile("file", "領収書" + i + ".pdf", "application/pdf", FinanceFixture.PDF))
				.param("entryDate", today.toString())
				.param("category", i < 2 ? "TRAVEL" : "VENUE")
				.param("payee", "支払先" + i)
				.param("purpose", "目的")
				.param("amount", "11000")
				.param("tax", "1000")
				.param("evidenceKind", "RECEIPT")
				.with(logins.as(hub.manager()))
				.with(csrf())).andExpect(status().is3xxRedirection());
		}
		int month = (today.getMonthValue() + 8) % 12;
		mvc.perform(get("/api/v1/finance/budget").with(logins.as(hub.officer())))
			.andExpect(jsonPath("$.lines[?(@.category == 'TRAVEL')].budget").value(500_000))
			.andExpect(jsonPath("$.lines[?(@.category == 'TRAVEL')].actual").value(22_000))
			.andExpect(jsonPath("$.lines[?(@.category == 'TRAVEL')].months[" + month + "]").value(22_000))
			.andExpect(jsonPath("$.lines[?(@.category == 'VENUE')].remaining").value(289_000))
			.andExpect(jsonPath("$.lines[?(@.category == 'EQUIPMENT')]").isEmpty())
			.andExpect(jsonPath("$.actualTotal").value(33_000));

		byte[] zip = mvc.perform(get("/finance/inspection/{y}.zip", year).with(logins.as(hub.officer())))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/zip"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> names = new ArrayList<>();
		byte[] workbook = null;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				names.add(e.getName());
				byte[] data = in.readAllBytes();
				if (e.getName().endsWith(".xlsx")) {
					workbook = data;
				}
				else {
					assertThat(data).isEqualTo(FinanceFixture.PDF);
				}
			}
		}
		assertThat(names).containsExactly("経費帳簿.xlsx", "証拠書類/00001_領収書0.pdf", "証拠書類/00002_領収書1.pdf",
				"証拠書類/00003_領収書2.pdf");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			Sheet ledger = book.getSheet("帳簿");
			assertThat(ledger.getLastRowNum()).isEqualTo(3);
			assertThat(ledger.getRow(1).getCell(8).getStringCellValue()).isEqualTo("証拠書類/00001_領収書0.pdf");
			Sheet index = book.getSheet("証拠書類索引");
			assertThat(index.getRow(3).getCell(3).getStringCellValue()).isEqualTo("証拠書類/00003_領収書2.pdf");
			assertThat(book.getSheet("予算対実績").getRow(0).getCell(0).getStringCellValue()).isEqualTo("経費項目");
		}
	}

	@Test
	void anEntryIsLinkedToTheHubsOwnActivityAndNotToAnotherHubs() throws Exception {
		jp.kyoten.matching.MatchingFixture fx = jp.kyoten.matching.MatchingFixture.of(context);
		long ours = fx.consultation(hub.slug(), "リンク試験" + jp.kyoten.matching.MatchingFixture.unique() + "株式会社")
			.consultationId();
		long theirs = fx.consultation("kumamoto", "他拠点" + jp.kyoten.matching.MatchingFixture.unique() + "株式会社")
			.consultationId();
		LocalDate today = LocalDate.now(jp.kyoten.platform.time.HubTime.ZONE);
		long id = id(mvc
			.perform(post("/api/v1/finance/entries").with(logins.as(hub.manager()))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(linked(today, ours)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.entry.link.kind").value("CONSULTATION"))
			.andExpect(jsonPath("$.entry.link.id").value(ours))
			.andExpect(jsonPath("$.entry.link.label", containsString("リンク試験"))));
		mvc.perform(get("/finance/ledger").with(logins.as(hub.manager())))
			.andExpect(content().string(containsString("/consultations/" + ours)));
		mvc.perform(post("/api/v1/finance/entries").with(logins.as(hub.manager()))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(linked(today, theirs)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("関連する行事・活動が見つかりません")));
		mvc.perform(post("/finance/ledger/entries").with(logins.as(hub.manager()))
			.with(csrf())
			.param("entryDate", today.toString())
			.param("category", "TRAVEL")
			.param("payee", "九州旅客鉄道")
			.param("purpose", "訪問旅費")
			.param("amount", "3000")
			.param("tax", "272")
			.param("linkKind", "EVENT")
			.param("linkId", "999999999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("関連する行事・活動が見つかりません")));
		assertThat(count("finance_entry")).isEqualTo(1);
		assertThat(id).isPositive();
	}

	private static String linked(LocalDate day, long consultation) {
		return """
				{"entryDate":"%s","category":"TRAVEL","payee":"九州旅客鉄道","purpose":"相談先への訪問旅費","amount":3000,
				 "tax":272,"linkKind":"CONSULTATION","linkId":%d}""".formatted(day, consultation);
	}

	private org.springframework.test.web.servlet.ResultActions book(LocalDate day, String category, long amount,
			long tax) throws Exception {
		return mvc
			.perform(post("/api/v1/finance/entries").with(logins.as(hub.manager()))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(day, category, amount, tax)))
			.andExpect(status().isCreated());
	}

	private static long id(org.springframework.test.web.servlet.ResultActions booked) throws Exception {
		String body = booked.andReturn().getResponse().getContentAsString();
		return Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
	}

	private static String json(LocalDate day, String category, long amount, long tax) {
		return """
				{"entryDate":"%s","category":"%s","payee":"株式会社試験","purpose":"試験の支出","amount":%d,"tax":%d}"""
			.formatted(day, category, amount, tax);
	}

	private long count(String table) {
		return HubScope.callAs(hub.id(), () -> jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single());
	}

}
