package jp.kyoten.platform.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.TestCompanies;
import jp.kyoten.activity.Channel;
import jp.kyoten.activity.ManagementIssue;
import jp.kyoten.activity.NewConsultation;
import jp.kyoten.activity.RecordConsultation;
import jp.kyoten.activity.Referral;
import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.institution.InstitutionKind;
import jp.kyoten.institution.TestInstitutions;
import jp.kyoten.matching.MatchingFixture;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;
import jp.kyoten.talent.TalentFixture;

/**
 * Every staff list's export (docs/adr/242), read back as a person would open it: the xlsx
 * with POI, the CSV as UTF-8 after its byte-order mark and as Shift_JIS. Each list gets
 * rows tagged with one word unique to the run: some the list's filters keep, one they
 * leave out, and one of the same kind in another hub (Fukuoka, or another talent
 * programme), which must never appear.
 */
@KyotenSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListExportTests {

	static final String W = MatchingFixture.unique();

	/**
	 * Matching consultations: more than a page of 20, so that the export is seen to
	 * ignore the page it came from.
	 */
	static final int CONSULTATIONS = 25;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	TestCompanies companies;

	@Autowired
	RecordConsultation record;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Hubs hubs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	/**
	 * One list: who exports it, its export URL ({@code %s} for the ending), and what the
	 * file must and must not hold.
	 */
	record Case(String list, String who, String url, int rows, List<String> present, List<String> absent) {

		@Override
		public String toString() {
			return list;
		}

	}

	final List<Case> cases = new ArrayList<>();

	long kumamoto;

	long fukuoka;

	long consultationA;

	long eventFukuoka;

	@BeforeAll
	void rowsOfEveryList() {
		kumamoto = hubs.bySlug("kumamoto").orElseThrow().getId();
		fukuoka = hubs.bySlug("fukuoka").orElseThrow().getId();
		String manager = DemoLogins.KUMAMOTO_MANAGER;
		String coordinator = DemoLogins.KUMAMOTO_COORDINATOR;

		// companies: the directory filtered to manufacturing (E)
		long a = companies.industry("E").employees(40).create("Ａ" + W + "株式会社");
		companies.industry("D").employees(40).create("Ｃ" + W + "株式会社");
		long f = companies.in("fukuoka").industry("E").employees(40).create("Ｆ" + W + "株式会社");
		cases.add(new Case("companies", manager, "/companies/list.%s?industry=E&q=" + W, 1,
				List.of("Ａ" + W + "株式会社", "熊本県", "熊本市", "E 製造業", "21〜50人"), List.of("Ｃ" + W, "Ｆ" + W)));

		// consultations by phone of the word, one a day in May; one by e-mail left out;
		// one in Fukuoka
		for (int day = 1; day <= CONSULTATIONS; day++) {
			long id = consult(kumamoto, a, LocalDate.of(2026, 5, day), Channel.PHONE, W + " 資金繰り " + day);
			if (day == 1) {
				consultationA = id;
			}
		}
		consult(kumamoto, a, LocalDate.of(2026, 5, 26), Channel.EMAIL, W + " メール相談");
		long consultationF = consult(fukuoka, f, LocalDate.of(2026, 5, 3), Channel.PHONE, W + " 福岡の相談");
		cases.add(new Case("consultations", coordinator,
				"/consultations/list.%s?channel=PHONE&q=" + W + "&page=1&size=20", CONSULTATIONS,
				List.of("Ａ" + W + "株式会社", "電話", "財務・資金繰り", "新規", W + " 資金繰り 25", "2026/05/01"),
				List.of(W + " メール相談", W + " 福岡の相談")));

		// visits since April; an older one left out
		visit(kumamoto, a, "2026-05-10", W + " 訪問の話");
		visit(kumamoto, a, "2025-01-10", W + " 古い訪問");
		visit(fukuoka, f, "2026-05-10", W + " 福岡訪問");
		cases.add(new Case("visits", manager, "/visits/list.%s?from=2026-04-01&q=" + W, 1,
				List.of("Ａ" + W + "株式会社", W + " 訪問の話", "訪問 花子", "2026/05/10"), List.of(W + " 古い訪問", W + " 福岡訪問")));

		// job seekers named with the word; another seeker left out
		String otherSeeker = "別件" + MatchingFixture.unique();
		seeker(kumamoto, W + "-求職", W + " 転職の相談");
		seeker(kumamoto, otherSeeker, "別件の相談");
		seeker(fukuoka, W + "-福岡", W + " 福岡の相談");
		cases.add(new Case("job seekers", manager, "/job-seekers/list.%s?q=" + W, 1,
				List.of(W + "-求職", "メール", "東京都", "システムエンジニア・ITエンジニア", "副業・兼業", "同意あり"),
				List.of(otherSeeker, W + "-福岡")));

		// institutions: financial ones only
		long shinkin = institution(kumamoto, "Ｋ" + W + "信用金庫", InstitutionKind.SHINKIN_BANK);
		institution(kumamoto, "Ｋ" + W + "商工会", InstitutionKind.SOCIETY_OF_COMMERCE);
		long shinkinF = institution(fukuoka, "Ｆ" + W + "信用金庫", InstitutionKind.SHINKIN_BANK);
		cases.add(new Case("institutions", manager, "/institutions/list.%s?financial=true&q=" + W, 1,
				List.of("Ｋ" + W + "信用金庫", "信用金庫", "有効"), List.of("Ｋ" + W + "商工会", "Ｆ" + W + "信用金庫")));

		// referrals of FY2026 that were resolved; one still in progress left out
		referral(kumamoto, consultationA, a, shinkin, "RESOLVED", W + " 資金繰りの紹介");
		referral(kumamoto, consultationA, a, shinkin, "IN_PROGRESS", W + " 対応中の紹介");
		referral(fukuoka, consultationF, f, shinkinF, "RESOLVED", W + " 福岡の紹介");
		cases.add(new Case("referrals", manager, "/referrals/list.%s?fiscalYear=2026&status=RESOLVED&q=" + W, 1,
				List.of(W + " 資金繰りの紹介", "Ｋ" + W + "信用金庫", "解決", "書面"), List.of(W + " 対応中の紹介", W + " 福岡の紹介")));

		// agencies: registered ones; a suspended one left out
		MatchingFixture matching = MatchingFixture.of(context);
		long agency = matching.agency("kumamoto", "Ａ" + W + "人材株式会社", EmploymentForm.FULL_TIME, JobCategory.PRODUCTION);
		long suspended = matching.agency("kumamoto", "Ｂ" + W + "人材株式会社", EmploymentForm.SIDE_JOB, JobCategory.SALES);
		HubScope.runAs(kumamoto,
				() -> jdbc.sql("UPDATE recruitment_agency SET status = 'SUSPENDED' WHERE id = ?")
					.param(suspended)
					.update());
		long agencyF = matching.agency("fukuoka", "Ｆ" + W + "人材株式会社", EmploymentForm.FULL_TIME, JobCategory.PRODUCTION);
		cases.add(new Case("agencies", manager, "/agencies/list.%s?status=REGISTERED&q=" + W, 1,
				List.of("Ａ" + W + "人材株式会社", "登録", "常勤・正社員", "生産管理・工場運営・品質管理", "熊本県"), List.of("Ｂ" + W, "Ｆ" + W)));

		// needs, hand-offs and placements: one confirmed placement kept, one unconfirmed
		// left out, one in Fukuoka
		long confirmed = matching.placement("kumamoto", agency, LocalDate.of(2026, 6, 10), 1_200_000L, true);
		long unconfirmed = matching.placement("kumamoto", agency, LocalDate.of(2026, 6, 11), null, false);
		long placementF = matching.placement("fukuoka", agencyF, LocalDate.of(2026, 6, 10), 900_000L, true);
		String kept = placedCompany(kumamoto, confirmed);
		String left = placedCompany(kumamoto, unconfirmed);
		String elsewhere = placedCompany(fukuoka, placementF);
		cases.add(new Case("placements", manager, "/placements/list.%s?confirmed=true&q=Ａ" + W + "人材", 1,
				List.of(kept, "Ａ" + W + "人材株式会社", "成約（確認済）", "常勤・正社員", "1200000", "2026/06/10"),
				List.of(left, elsewhere)));
		cases.add(new Case("hand-offs", manager, "/handoffs/list.%s?q=" + kept, 1,
				List.of(kept, "Ａ" + W + "人材株式会社", "生産管理責任者", "対面", "成約（確認済）"), List.of(left, elsewhere)));
		cases.add(new Case("needs", coordinator, "/needs/list.%s?q=" + kept, 1,
				List.of(kept, "生産管理責任者", "生産管理・工場運営・品質管理", "常勤・正社員"), List.of(left, elsewhere)));

		// events of July 2026; one of August left out; the registrants of the July one
		long july = event(kumamoto, "Ｓ" + W + "経営者セミナー", "SEMINAR", "2026-07-15 10:00+09");
		long august = event(kumamoto, "Ｎ" + W + "交流会", "NETWORKING", "2026-08-20 18:00+09");
		eventFukuoka = event(fukuoka, "Ｆ" + W + "セミナー", "SEMINAR", "2026-07-15 10:00+09");
		cases.add(new Case("events", manager, "/events/list.%s?month=2026-07&q=" + W, 1,
				List.of("Ｓ" + W + "経営者セミナー", "経営者向けセミナー", "公開", "2026/07/15 10:00", "企業"), List.of("Ｎ" + W, "Ｆ" + W)));
		registrant(kumamoto, july, "CONFIRMED", W + "太郎");
		registrant(kumamoto, july, "WAITLISTED", W + "花子");
		registrant(kumamoto, august, "CONFIRMED", W + "次郎");
		registrant(fukuoka, eventFukuoka, "CONFIRMED", W + "三郎");
		cases.add(new Case("event registrants", manager, "/events/" + july + "/registrations/list.%s", 2,
				List.of(W + "太郎", W + "花子", "申込確定", "キャンセル待ち", "Web申込", "企業", "Ａ" + W + "株式会社"),
				List.of(W + "次郎", W + "三郎")));

		// talent of a METI programme: digital talent; one made a youth talent left out;
		// another programme's talent
		TalentFixture programme = TalentFixture.of(context);
		// sent mail and accounts list a whole hub without filters: a hub of their own, so
		// that the rows are known
		long own = hubs
			.create("exports-" + W.toLowerCase(java.util.Locale.ROOT), "書出拠点" + W, jp.kyoten.hub.HubKind.PRO_TALENT,
					"43")
			.getId();
		String ownManager = "manager-" + W.toLowerCase(java.util.Locale.ROOT) + "@exports.demo";
		accounts.createIfAbsent(own, ownManager, "書出 管理者" + W, Role.HUB_MANAGER, DemoLogins.PASSWORD);
		accounts.createIfAbsent(own, "coordinator-" + W.toLowerCase(java.util.Locale.ROOT) + "@exports.demo",
				"書出 職員" + W, Role.COORDINATOR, DemoLogins.PASSWORD);
		// creating the accounts told the manager that the roster changed (作業従事者名簿): those
		// notices are not this
		// case's rows
		HubScope.runAs(own, () -> jdbc.sql("DELETE FROM mail_outbox WHERE hub_id = ?").param(own).update());
		mail(own, "a-" + W.toLowerCase(java.util.Locale.ROOT) + "@example.jp", "セミナーのご案内" + W, "SENT");
		mail(own, "b-" + W.toLowerCase(java.util.Locale.ROOT) + "@example.jp", "リマインド" + W, "FAILED");
		mail(kumamoto, "k-" + W.toLowerCase(java.util.Locale.ROOT) + "@example.jp", "熊本の案内" + W, "SENT");
		cases.add(new Case("sent mail", ownManager, "/mail/list.%s", 2,
				List.of("セミナーのご案内" + W, "a-" + W.toLowerCase(java.util.Locale.ROOT) + "@example.jp", "送信済", "送信失敗"),
				List.of("熊本の案内" + W)));
		cases.add(new Case("accounts", ownManager, "/accounts/list.%s", 2,
				List.of("書出 管理者" + W, "coordinator-" + W.toLowerCase(java.util.Locale.ROOT) + "@exports.demo", "有効"),
				List.of(DemoLogins.KUMAMOTO_MANAGER)));
		// the expense ledger of one fiscal year, all entries (the page shows 50 at a
		// time), the own hub's only
		entry(own, "2019-05-10", "TRAVEL", "九州旅客鉄道" + W, "出張旅費", 12_300, 1_118);
		entry(own, "2019-06-01", "VENUE", "熊本会議場" + W, "セミナー会場", 55_000, 5_000);
		entry(own, "2020-04-02", "VENUE", "翌年度会場" + W, "翌年度の会場", 10_000, 909);
		// another hub's entry: Fukuoka's, since Kumamoto's demo books are asserted whole
		// (FinanceDemoDataTests)
		entry(fukuoka, "2019-05-11", "TRAVEL", "熊本の支払先" + W, "出張旅費", 1_000, 90);
		cases.add(new Case("ledger", ownManager, "/finance/ledger/list.%s?fiscalYear=2019", 2,
				List.of("九州旅客鉄道" + W, "熊本会議場" + W, "旅費", "会場費", "55000"), List.of("翌年度会場" + W, "熊本の支払先" + W)));
		// the portal's consultation-form submissions of the status shown (新着), the own
		// hub's only
		inquiry(own, "新着工業" + W, "NEW");
		inquiry(own, "新着商店" + W, "NEW");
		inquiry(own, "迷惑" + W, "SPAM");
		inquiry(kumamoto, "熊本の送信者" + W, "NEW");
		cases.add(new Case("portal inquiries", ownManager, "/portal/inquiries/list.%s?status=NEW", 2,
				List.of("新着工業" + W, "新着商店" + W, "企業", "人材確保", "新着"), List.of("迷惑" + W, "熊本の送信者" + W)));
		// the self-diagnosis results, the own hub's only
		diagnosis(own, "小規模" + W, 12, "E", 64);
		diagnosis(own, "中規模" + W, 80, null, 71);
		diagnosis(kumamoto, "熊本の区分" + W, 5, "E", 50);
		cases.add(new Case("diagnoses", ownManager, "/portal/diagnoses/list.%s", 2,
				List.of("小規模" + W, "中規模" + W, "E 製造業", "64", "71"), List.of("熊本の区分" + W)));
		TalentFixture otherProgramme = TalentFixture.of(context);
		List<String> codes = programme.digitalTalent(2, 1);
		String otherCode = otherProgramme.digitalTalent(1, 1).getFirst();
		HubScope.runAs(programme.hubId,
				() -> jdbc.sql("UPDATE talent SET kind = 'YOUTH' WHERE code = ?").param(codes.get(1)).update());
		cases.add(new Case("talent", programme.counsellorEmail, "/talent/list.%s?kind=DIGITAL", 1,
				List.of(codes.getFirst(), "デジタル推進人材", "福岡県", "活動中"), List.of(codes.get(1), otherCode)));
	}

	Stream<Case> lists() {
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("lists")
	void everyListExportsItsFilteredRowsWithLabelsAsExcelAndCsvInBothEncodings(Case list) throws Exception {
		List<List<String>> sheet = xlsx(list.who(), list.url().formatted("xlsx"));
		assertThat(sheet).as("heading and rows").hasSize(list.rows() + 1);
		assertThat(sheet.getFirst()).doesNotContain("");
		assertHolds(list, String.join("\n", sheet.stream().map(r -> String.join("\t", r)).toList()));

		MockHttpServletResponse utf8 = export(list.who(), list.url().formatted("csv"));
		assertThat(utf8.getContentType()).startsWith("text/csv").contains("UTF-8");
		byte[] bytes = utf8.getContentAsByteArray();
		assertThat(Arrays.copyOf(bytes, 3)).as("byte-order mark").containsExactly(0xEF, 0xBB, 0xBF);
		String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertThat(csv.split("\r\n")).hasSize(list.rows() + 1);
		assertHolds(list, csv);

		String separator = list.url().contains("?") ? "&" : "?";
		byte[] sjis = export(list.who(), list.url().formatted("csv") + separator + "charset=shift_jis")
			.getContentAsByteArray();
		assertThat(sjis[0]).as("no byte-order mark in Shift_JIS").isNotEqualTo((byte) 0xEF);
		// 〜 is ～ in Windows-31J, as Excel on Japanese Windows shows it
		assertHolds(list, new String(sjis, Charset.forName("windows-31j")).replace('～', '〜'));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("lists")
	void everyListPageOffersItsExportWithTheFiltersItShows(Case list) throws Exception {
		String export = list.url().formatted("xlsx");
		String path = export.contains("?") ? export.substring(0, export.indexOf('?')) : export;
		// the registrants are exported from their event's page; every other list from its
		// own
		String page = list.url().contains("/registrations/") ? path.substring(0, path.indexOf("/registrations/"))
				: list.url().replace("/list.%s", "");
		String html = mvc.perform(get(page).with(logins.as(list.who())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("href=\"" + path);
		if (export.contains("?") && !export.contains("?q=")) {
			String firstFilter = export.substring(export.indexOf('?') + 1).split("&")[0];
			assertThat(html).as("the export link keeps %s", firstFilter).contains(path + "?" + firstFilter);
		}
	}

	@Test
	void theExportKeepsTheListsOrderAndWritesDatesInTheJapaneseEraWhenAsked() throws Exception {
		String url = "/consultations/list.xlsx?channel=PHONE&q=" + W + "&sort=date&dir=asc";
		List<List<String>> oldestFirst = xlsx(DemoLogins.KUMAMOTO_COORDINATOR, url);
		assertThat(oldestFirst.get(1).getFirst()).isEqualTo("2026/05/01");
		assertThat(oldestFirst.getLast().getFirst()).isEqualTo("2026/05/" + CONSULTATIONS);
		List<List<String>> wareki = xlsx(DemoLogins.KUMAMOTO_COORDINATOR, url + "&era=wareki");
		assertThat(wareki.get(1).getFirst()).isEqualTo("令和8年5月1日");
		assertThat(ListExports.wareki(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日");
	}

	@Test
	void aCellExcelWouldRunAsAFormulaIsWrittenAsText() throws Exception {
		String tag = MatchingFixture.unique();
		long company = companies.create("式" + tag + "株式会社");
		List<String> formulas = List.of("=HYPERLINK(\"https://evil.example\",\"" + tag + "\")", "+1+1 " + tag,
				"-2+3 " + tag, "@SUM(1) " + tag);
		for (String summary : formulas) {
			consult(kumamoto, company, LocalDate.of(2026, 5, 20), Channel.PHONE, summary);
		}
		byte[] file = export(DemoLogins.KUMAMOTO_MANAGER, "/consultations/list.xlsx?q=" + tag).getContentAsByteArray();
		List<String> written = new ArrayList<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			for (Row row : book.getSheetAt(0)) {
				for (Cell cell : row) {
					assertThat(cell.getCellType()).as("never a formula").isNotEqualTo(CellType.FORMULA);
					if (formulas.contains(cell.toString())) {
						assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
						assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote prefix: %s", cell).isTrue();
						written.add(cell.getStringCellValue());
					}
				}
			}
		}
		assertThat(written).containsExactlyInAnyOrderElementsOf(formulas);

		String csv = new String(
				export(DemoLogins.KUMAMOTO_MANAGER, "/consultations/list.csv?q=" + tag).getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(csv).contains("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"" + tag + "\"\")\"", ",'+1+1 " + tag,
				",'-2+3 " + tag, ",'@SUM(1) " + tag);
	}

	@Test
	void eachExportIsAuditedWithWhoTheListItsFiltersAndTheRowsWritten() throws Exception {
		export(DemoLogins.KUMAMOTO_COORDINATOR, "/consultations/list.csv?channel=PHONE&q=" + W + "&page=1");
		Map<String, Object> entry = HubScope.callAs(kumamoto, () -> jdbc.sql("""
				SELECT action, entity_type, entity_id, actor_email, summary FROM audit_log
				 WHERE entity_type = 'list' ORDER BY id DESC LIMIT 1""").query().singleRow());
		assertThat(entry).containsEntry("action", "EXPORT")
			.containsEntry("entity_id", "consultations")
			.containsEntry("actor_email", DemoLogins.KUMAMOTO_COORDINATOR);
		assertThat((String) entry.get("summary"))
			.contains("相談一覧を書き出し", "CSV UTF-8", CONSULTATIONS + " 行", "channel=PHONE", "q=" + W)
			.doesNotContain("page=");
	}

	@Test
	void whoeverMayNotTakePersonalDataOutIsRefusedAndOfferedNoLink() throws Exception {
		String clerk = "clerk-export-" + System.nanoTime() + "@kumamoto.demo";
		String officer = "officer-export-" + System.nanoTime() + "@kumamoto.demo";
		accounts.createIfAbsent(kumamoto, clerk, "受付 " + MatchingFixture.unique(), Role.CLERK, DemoLogins.PASSWORD);
		accounts.createIfAbsent(kumamoto, officer, "県 " + MatchingFixture.unique(), Role.PREFECTURE_OFFICER,
				DemoLogins.PASSWORD);
		MatchingFixture matching = MatchingFixture.of(context);
		String agencyUser = matching.agencyUser("kumamoto", DemoLogins.anyAgencyOf(jdbc, kumamoto));
		long before = exportEntries();
		for (String who : List.of(clerk, officer, agencyUser, DemoLogins.ADMIN)) {
			for (String url : List.of("/consultations/list.xlsx", "/companies/list.csv", "/handoffs/list.xlsx",
					"/events/list.csv", "/mail/list.xlsx", "/accounts/list.csv", "/finance/ledger/list.xlsx",
					"/portal/inquiries/list.csv", "/portal/diagnoses/list.xlsx")) {
				mvc.perform(get(url).with(logins.as(who))).andExpect(status().isForbidden());
			}
		}
		assertThat(exportEntries()).as("a refused export writes nothing").isEqualTo(before);
		String page = mvc.perform(get("/consultations").with(logins.as(clerk)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("/consultations/list.xlsx");
		String coordinatorsPage = mvc
			.perform(get("/consultations").param("channel", "PHONE").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(coordinatorsPage).contains("/consultations/list.xlsx?channel=PHONE", "charset=shift_jis");
	}

	@Test
	void anotherHubsEventHasNoRegistrantsToExport() throws Exception {
		mvc.perform(
				get("/events/{id}/registrations/list.xlsx", eventFukuoka).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isNotFound());
	}

	private long exportEntries() {
		return HubScope.callAs(kumamoto,
				() -> jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'EXPORT'").query(Long.class).single());
	}

	private static void assertHolds(Case list, String file) {
		for (String text : list.present()) {
			assertThat(file).as("%s holds 「%s」", list.list(), text).contains(text);
		}
		for (String text : list.absent()) {
			assertThat(file).as("%s leaves out 「%s」", list.list(), text).doesNotContain(text);
		}
		// codes never appear where a label belongs
		assertThat(file).doesNotContain("PHONE", "SHINKIN_BANK", "FULL_TIME", "CONFIRMED", "DIGITAL", "REGISTERED");
	}

	private MockHttpServletResponse export(String who, String url) throws Exception {
		return mvc.perform(get(url).with(logins.as(who))).andExpect(status().isOk()).andReturn().getResponse();
	}

	/** The first sheet as Excel shows it: each row's cells as formatted text. */
	private List<List<String>> xlsx(String who, String url) throws Exception {
		MockHttpServletResponse response = export(who, url);
		assertThat(response.getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains(".xlsx");
		DataFormatter formatter = new DataFormatter(java.util.Locale.JAPAN);
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			Sheet sheet = book.getSheetAt(0);
			int width = sheet.getRow(0).getLastCellNum();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < width; i++) {
					Cell cell = row.getCell(i);
					cells.add(cell == null ? "" : formatter.formatCellValue(cell));
				}
				rows.add(cells);
			}
		}
		return rows;
	}

	private long consult(long hub, long company, LocalDate day, Channel channel, String summary) {
		return HubScope.callAs(hub, () -> record.record(NewConsultation.of(company, day, channel, Referral.NONE,
				Set.of(ManagementIssue.FINANCE), summary, null)));
	}

	private void entry(long hub, String day, String category, String payee, String purpose, long amount, long tax) {
		HubScope.runAs(hub, () -> jdbc.sql("""
				INSERT INTO finance_entry (hub_id, fiscal_year, entry_date, category, payee, purpose, amount, tax)
				VALUES (?, extract(year FROM ?::date - interval '3 months'), ?::date, ?, ?, ?, ?, ?)""")
			.params(hub, day, day, category, payee, purpose, amount, tax)
			.update());
	}

	private void inquiry(long hub, String organisation, String status) {
		HubScope.runAs(hub, () -> jdbc.sql("""
				INSERT INTO portal_inquiry (hub_id, sender_kind, sender_name, email, organisation_name, issues, message,
				                            preferred_contact, privacy_version, consented_at, status)
				VALUES (?, 'COMPANY', '送信 太郎', 'sender@example.jp', ?, ARRAY['RECRUITMENT'], '採用の相談です', 'EMAIL', 1,
				        now(), ?)""").params(hub, organisation, status).update());
	}

	private void diagnosis(long hub, String band, int employees, String industry, int total) {
		HubScope.runAs(hub, () -> jdbc.sql("""
				INSERT INTO diagnosis (hub_id, public_token, band_code, band_label, employees, industry, total_score)
				VALUES (?, replace(gen_random_uuid()::text, '-', ''), 'S', ?, ?, ?, ?)""")
			.params(hub, band, employees, industry, total)
			.update());
	}

	private void mail(long hub, String to, String subject, String status) {
		HubScope.runAs(hub, () -> jdbc.sql("""
				INSERT INTO mail_outbox (hub_id, message_key, to_address, subject, body, status, attempts, sent_at)
				VALUES (?, gen_random_uuid(), ?, ?, '本文', ?, 1, CASE WHEN ? = 'SENT' THEN now() END)""")
			.params(hub, to, subject, status, status)
			.update());
	}

	private void visit(long hub, long company, String day, String discussed) {
		HubScope.runAs(hub, () -> jdbc.sql("""
				INSERT INTO company_visit (hub_id, company_id, visited_on, staff_names, discussed)
				VALUES (?, ?, ?::date, '訪問 花子', ?)""").params(hub, company, day, discussed).update());
	}

	private void seeker(long hub, String name, String summary) {
		HubScope.runAs(hub,
				() -> jdbc.sql("""
						INSERT INTO job_seeker_inquiry (hub_id, received_on, channel, name, summary, residence_pref,
						                                desired_job_category, desired_employment_form, consent_to_pass)
						VALUES (?, date '2026-05-01', 'EMAIL', ?, ?, '13', 'IT_ENGINEER', 'SIDE_JOB', true)""")
					.params(hub, name, summary)
					.update());
	}

	private long institution(long hub, String name, InstitutionKind kind) {
		return HubScope.callAs(hub, () -> TestInstitutions.register(context, name, kind));
	}

	private void referral(long hub, long consultation, long company, long institution, String status, String reason) {
		HubScope.runAs(hub,
				() -> jdbc
					.sql("""
							INSERT INTO institution_referral (hub_id, consultation_id, company_id, institution_id, referred_on, reason,
							                                  consent_form, consent_on, status, outcome_on, staff_name)
							VALUES (?, ?, ?, ?, date '2026-05-02', ?, 'WRITTEN', date '2026-05-01', ?,
							        CASE WHEN ? = 'IN_PROGRESS' THEN NULL ELSE date '2026-06-30' END, '紹介 太郎')""")
					.params(hub, consultation, company, institution, reason, status, status)
					.update());
	}

	/** The company's name as the hub provided it with the placement's hand-off. */
	private String placedCompany(long hub, long placement) {
		return HubScope.callAs(hub, () -> jdbc.sql("""
				SELECT h.provided_data ->> 'companyName' FROM placement p JOIN handoff h ON h.id = p.handoff_id
				 WHERE p.id = ?""").param(placement).query(String.class).single());
	}

	private long event(long hub, String title, String kind, String startsAt) {
		return HubScope.callAs(hub, () -> jdbc.sql("""
				INSERT INTO event (hub_id, uid, title, kind, state, starts_at, ends_at, venue, capacity, audiences)
				VALUES (?, gen_random_uuid(), ?, ?, 'PUBLISHED', ?::timestamptz, ?::timestamptz + interval '2 hours',
				        '熊本市国際交流会館', 50, ARRAY['COMPANY'])
				RETURNING id""").params(hub, title, kind, startsAt, startsAt).query(Long.class).single());
	}

	private void registrant(long hub, long event, String status, String name) {
		HubScope.runAs(hub,
				() -> jdbc.sql("""
						INSERT INTO event_registration (hub_id, event_id, status, source, participant_type, name, email,
						                                organisation, consent_data, token)
						VALUES (?, ?, ?, 'PUBLIC', 'COMPANY', ?, ?, ?, true, ?)""")
					.params(hub, event, status, name, "r" + System.nanoTime() + "@example.jp", "Ａ" + W + "株式会社",
							"t" + System.nanoTime() + "x" + (long) (Math.random() * 1e9))
					.update());
	}

}
