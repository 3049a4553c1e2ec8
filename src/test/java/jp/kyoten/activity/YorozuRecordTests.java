package jp.kyoten.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.TestCompanies;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.tenancy.HubScope;

@KyotenSpringTest
class YorozuRecordTests {

	static final String SLUG = "yorozu-test";

	static final String MANAGER = "manager@yorozu-test.example";

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	Hubs hubs;

	@Autowired
	UserAccounts accounts;

	@Autowired
	TestCompanies companies;

	@Autowired
	RecordConsultation record;

	long hub;

	@BeforeEach
	void yorozuHub() {
		hub = hubs.bySlug(SLUG)
			.map(h -> h.getId())
			.orElseGet(() -> hubs.create(SLUG, "テスト県よろず支援拠点", HubKind.YOROZU, "47").getId());
		accounts.createIfAbsent(hub, MANAGER, "よろず 管理者", Role.HUB_MANAGER, DemoLogins.PASSWORD);
	}

	@Test
	void theUnconsentedRecordNeverLeavesTheHubButCountsInItsMonthlyRecord() throws Exception {
		long consenting = consultation("共有同意あり株式会社", LocalDate.of(2026, 9, 3));
		consultation("共有同意なし株式会社", LocalDate.of(2026, 9, 4));
		mvc.perform(post("/consultations/{id}/karte", consenting).with(logins.as(MANAGER))
			.with(csrf())
			.param("shareConsent", "true")
			.param("consentForm", "WRITTEN")
			.param("consentOn", "2026-09-03")
			.param("areas", "DX", "LABOUR_SHORTAGE")).andExpect(status().is3xxRedirection());

		byte[] shared = mvc.perform(get("/yorozu/shared.csv").param("month", "2026-09").with(logins.as(MANAGER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String sharedText = new String(shared, StandardCharsets.UTF_8);
		assertThat(shared[0] & 0xff).isEqualTo(0xEF);
		assertThat(sharedText).contains("共有同意あり株式会社").contains("DX、人手不足").doesNotContain("共有同意なし株式会社");

		String own = mvc.perform(get("/yorozu/records.csv").param("month", "2026-09").with(logins.as(MANAGER)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(own).contains("共有同意あり株式会社").contains("共有同意なし株式会社");

		byte[] xlsx = mvc.perform(get("/yorozu/records.xlsx").param("month", "2026-09").with(logins.as(MANAGER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("相談日");
			assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(2);
			assertThat(sheet.getRow(1).getCell(0).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2026, 9, 3));
		}
	}

	@Test
	void consentWithoutItsFormAndDateIsRefused() throws Exception {
		long id = consultation("同意不備株式会社", LocalDate.of(2026, 9, 5));
		mvc.perform(post("/consultations/{id}/karte", id).with(logins.as(MANAGER))
			.with(csrf())
			.param("shareConsent", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashError", "共有に同意を得たときは、同意の方法と日付を入力してください。"));
	}

	@Test
	void aProTalentHubHasNoYorozuRecords() throws Exception {
		mvc.perform(get("/yorozu/records").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/yorozu/shared.csv").param("month", "2026-09").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theMonthlyRecordCountsSessionsBesideCompanies() throws Exception {
		long company = companies.in(SLUG).create("延べ件数確認株式会社");
		HubScope.runAs(hub, () -> {
			long first = record.record(NewConsultation.of(company, LocalDate.of(2026, 10, 1), Channel.VISIT_IN,
					Referral.NONE, Set.of(), "資金繰り", null));
			record.record(NewConsultation.of(company, LocalDate.of(2026, 10, 15), Channel.PHONE, Referral.NONE,
					Set.of(), "資金繰りの続き", first));
		});
		mvc.perform(get("/yorozu/records").param("month", "2026-10").with(logins.as(MANAGER)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
				.attribute("totals", org.hamcrest.Matchers.hasItem(new ConsultationRecords.StaffTotals(null, 2, 1))));
	}

	private long consultation(String name, LocalDate day) {
		long company = companies.in(SLUG).create(name);
		return HubScope.callAs(hub, () -> record.record(NewConsultation.of(company, day, Channel.VISIT_IN,
				Referral.NONE, Set.of(ManagementIssue.FINANCE), name + "の相談", null)));
	}

}
