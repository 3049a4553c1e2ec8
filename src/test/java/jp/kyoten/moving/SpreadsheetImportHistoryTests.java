package jp.kyoten.moving;

import static jp.kyoten.moving.SpreadsheetImportFixture.mapping;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.reporting.KpiFigures;
import jp.kyoten.reporting.KpiMonths;

/**
 * A hub's history brought in (issue 17 item 2): past placements count in the KPIs of the
 * fiscal year of their contract date, through the hub's registered agencies only, and
 * leave the KPIs as they were on undo; the participants of past events land once per
 * person — the same person twice in a list, or the list imported twice, is one
 * participant — with their attendance, to an existing event or one created as held. Names
 * carry the test's tag (the demo hub 熊本 is shared).
 */
@KyotenSpringTest
class SpreadsheetImportHistoryTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	UndoSpreadsheetImport undo;

	@Autowired
	SpreadsheetImports imports;

	@Autowired
	KpiMonths kpis;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	SpreadsheetImportFixture f;

	@BeforeEach
	void fixture() {
		f = new SpreadsheetImportFixture(context, dir);
	}

	@Test
	void importedPlacementsCountInTheKpisOfTheirFiscalYearAndDisappearOnUndo() throws IOException {
		String tag = f.tag;
		String licence = "43-ユ-" + String.format("%06d", Math.floorMod(tag.hashCode(), 1_000_000));
		agency("成約人材" + tag + "株式会社", licence, "REGISTERED");
		agency("申請中人材" + tag, "43-ユ-" + String.format("%06d", Math.floorMod(tag.hashCode() + 7, 1_000_000)), "APPLIED");
		// placements are recorded on needs born of consultations: the log first
		long log = f
			.job(List.of(List.of("企業名", "相談日", "相談方法", "相談内容"), List.of("成約精工" + tag, "令和6年6月3日", "訪問", "技術者の採用"),
					List.of("成約精工" + tag, "2025/5/12", "電話", "DXの人材"), List.of("未登録経由" + tag, "2025/5/12", "電話", "採用")),
					mapping(RecordKind.CONSULTATIONS, DedupeRule.SKIP, Field.COMPANY_NAME, Field.CONSULTED_ON,
							Field.CHANNEL, Field.SUMMARY));
		f.importNow(log);
		KpiFigures fy2024 = year(2024);
		KpiFigures fy2025 = year(2025);

		long id = f.job(List.of(List.of("企業名", "人材紹介会社", "許可番号", "ポジション", "職種", "雇用形態", "デジタル人材", "成約日", "紹介手数料"),
				// by name, 株式会社 before instead of after; FY2024 (R6.10.1)
				List.of("成約精工" + tag, "株式会社成約人材" + tag, "", "生産技術者", "設計", "正社員", "×", "R6.10.1", "１，２００，０００"),
				// by licence number, full-width; a digital side-job placement of FY2025
				List.of("成約精工" + tag, "", toFullWidth(licence), "DX推進", "システムエンジニア", "副業", "○", "2025/7/1", ""),
				List.of("成約精工" + tag, "知らない人材" + tag, "", "営業", "営業", "正社員", "", "2025/8/1", ""),
				List.of("未登録経由" + tag, "申請中人材" + tag, "", "営業", "営業", "正社員", "", "2025/8/1", "")),
				mapping(RecordKind.PLACEMENTS, DedupeRule.SKIP, Field.COMPANY_NAME, Field.AGENCY_NAME,
						Field.AGENCY_LICENCE, Field.NEED_TITLE, Field.JOB_CATEGORY, Field.EMPLOYMENT_FORM,
						Field.DIGITAL, Field.CONTRACT_DATE, Field.FEE));
		PreviewSpreadsheetImport.Preview p = HubScope.callAs(f.hub,
				() -> context.getBean(PreviewSpreadsheetImport.class).preview(id));
		assertThat(p.placements()).isEqualTo(2);
		// an agency the hub does not have, or has not registered, refuses its row with
		// the reason before anything is
		// written
		assertThat(p.problems()).filteredOn(PreviewSpreadsheetImport.RowProblem::error)
			.extracting(PreviewSpreadsheetImport.RowProblem::cell, PreviewSpreadsheetImport.RowProblem::reason)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("B4",
							"人材紹介会社「知らない人材" + tag + "」は、この拠点の事前登録事業者に見つかりません。先に事業者を登録してください。"),
					org.assertj.core.groups.Tuple.tuple("B5",
							"人材紹介会社「申請中人材" + tag + "」は登録済みではありません（状態: 申請中）。成約は登録事業者への取り繋ぎに限られます。"));
		f.importNow(id);

		assertThat(f.job(id).placements()).isEqualTo(2);
		assertThat(f.job(id).rejected()).isEqualTo(2);
		// KPI 2 in each fiscal year of the contract dates; KPIs 3 and 5 for the digital
		// side-job one of FY2025
		assertThat(year(2024).placements()).isEqualTo(fy2024.placements() + 1);
		assertThat(year(2024).digitalPlacements()).isEqualTo(fy2024.digitalPlacements());
		assertThat(year(2025).placements()).isEqualTo(fy2025.placements() + 1);
		assertThat(year(2025).digitalPlacements()).isEqualTo(fy2025.digitalPlacements() + 1);
		assertThat(year(2025).sideJobNewCompanyPlacements()).isEqualTo(fy2025.sideJobNewCompanyPlacements() + 1);
		long company = f.companiesNamed("成約精工" + tag).getFirst();
		// the chain is the hub's record: a hand-off marked as imported, from the latest
		// consultation up to the day, on
		// a sheet the fairness report leaves out
		List<Map<String, Object>> chain = HubScope.callAs(f.hub, () -> jdbc.sql("""
				SELECT p.contract_date, p.fee, p.confirmed, h.imported_from, h.chosen_on, n.status, c.consulted_on,
				       (SELECT count(*) FROM kpi_selection_place sp WHERE sp.sheet_id = h.selection_sheet_id) AS places
				  FROM placement p JOIN handoff h ON h.id = p.handoff_id JOIN talent_need n ON n.id = p.need_id
				  JOIN consultation c ON c.id = n.consultation_id
				 WHERE p.company_id = ? ORDER BY p.contract_date""").param(company).query().listOfRows());
		assertThat(chain).hasSize(2);
		assertThat(chain.get(0)).containsEntry("contract_date", java.sql.Date.valueOf("2024-10-01"))
			.containsEntry("fee", 1_200_000L)
			.containsEntry("confirmed", true)
			.containsEntry("imported_from", "表計算ファイルの取込 #" + id)
			.containsEntry("chosen_on", java.sql.Date.valueOf("2024-10-01"))
			.containsEntry("status", "PLACED")
			.containsEntry("consulted_on", java.sql.Date.valueOf("2024-06-03"))
			.containsEntry("places", 0L);
		assertThat(chain.get(1)).containsEntry("consulted_on", java.sql.Date.valueOf("2025-05-12"));

		HubScope.runAs(f.hub, () -> undo.undo(id, DemoLogins.KUMAMOTO_MANAGER));
		assertThat(year(2024)).isEqualTo(fy2024);
		assertThat(year(2025)).isEqualTo(fy2025);
		assertThat(HubScope.callAs(f.hub,
				() -> jdbc
					.sql("""
							SELECT (SELECT count(*) FROM placement WHERE company_id = ?) + (SELECT count(*) FROM handoff WHERE company_id = ?)
							     + (SELECT count(*) FROM talent_need WHERE company_id = ?)""")
					.params(company, company, company)
					.query(Long.class)
					.single()))
			.isZero();
		// and the log can go back now that nothing refers to its consultations
		HubScope.runAs(f.hub, () -> undo.undo(log, DemoLogins.KUMAMOTO_MANAGER));
		assertThat(f.companiesNamed("成約精工" + tag)).isEmpty();
	}

	@Test
	void participantsOfPastEventsLandOncePerPersonWithAttendanceAndGoBackOnUndo() throws IOException {
		String tag = f.tag;
		long seminar = pastEvent("経営者セミナー" + tag, "2025-06-10");
		List<List<String>> rows = List.of(List.of("企業名", "氏名", "メール", "イベント名", "開催日", "出欠"),
				List.of("参加工業" + tag, "山田 太郎", "yamada." + tag + "@example.jp", "経営者セミナー" + tag, "2025/6/10", "出席"),
				List.of("参加商店" + tag, "佐藤花子", "", "経営者セミナー" + tag, "R7.6.10", "欠席"),
				// the same person again, the address in capitals and the name without its
				// space
				List.of("参加工業" + tag, "山田太郎", "YAMADA." + tag + "@EXAMPLE.JP", "経営者セミナー" + tag, "2025/6/10", "○"),
				// an event the hub does not have yet: created as a held one
				List.of("参加農園" + tag, "鈴木一郎", "", "交流会" + tag, "令和7年7月7日", "○"),
				List.of("参加農園" + tag, "鈴木次郎", "", "来年の会" + tag, "2099/1/1", "○"));
		ColumnMapping mapping = mapping(RecordKind.PARTICIPANTS, DedupeRule.SKIP, Field.COMPANY_NAME,
				Field.CONTACT_NAME, Field.CONTACT_EMAIL, Field.EVENT_TITLE, Field.EVENT_DATE, Field.ATTENDANCE);
		long first = f.job(rows, mapping);
		f.importNow(first);

		assertThat(f.job(first).participants()).isEqualTo(3);
		assertThat(HubScope.callAs(f.hub, () -> imports.rejections(first)))
			.extracting(SpreadsheetImports.Rejection::rowNumber)
			.containsExactly(6);
		assertThat(registrations(seminar)).containsExactly("佐藤花子|true|0", "山田 太郎|false|1");
		long created = HubScope.callAs(f.hub,
				() -> jdbc.sql("SELECT id FROM event WHERE title = ?").param("交流会" + tag).query(Long.class).single());
		assertThat(HubScope.callAs(f.hub,
				() -> jdbc.sql("""
						SELECT state || ' ' || (starts_at AT TIME ZONE 'Asia/Tokyo')::date FROM event WHERE id = ?""")
					.param(created)
					.query(String.class)
					.single()))
			.isEqualTo("HELD 2025-07-07");
		assertThat(registrations(created)).containsExactly("鈴木一郎|false|1");
		// 参加企業数 counts a company with someone present (seed 001 §3): one of the seminar's
		// two
		assertThat(HubScope.callAs(f.hub, () -> jdbc.sql(
				"SELECT count(DISTINCT company_id) FROM event_participant WHERE event_id = ? AND participant_type = 'COMPANY'")
			.param(seminar)
			.query(Long.class)
			.single())).isEqualTo(1L);

		// the same list imported again registers nobody twice and creates no second event
		long second = f.job(rows, mapping);
		f.importNow(second);
		assertThat(f.job(second).participants()).isZero();
		assertThat(registrations(seminar)).hasSize(2);
		assertThat(HubScope.callAs(f.hub,
				() -> jdbc.sql("SELECT count(*) FROM event WHERE title = ?")
					.param("交流会" + tag)
					.query(Long.class)
					.single()))
			.isEqualTo(1L);

		HubScope.runAs(f.hub, () -> undo.undo(second, DemoLogins.KUMAMOTO_MANAGER));
		HubScope.runAs(f.hub, () -> undo.undo(first, DemoLogins.KUMAMOTO_MANAGER));
		assertThat(registrations(seminar)).isEmpty();
		assertThat(HubScope.callAs(f.hub,
				() -> jdbc.sql("SELECT count(*) FROM event WHERE id IN (?, ?)")
					.params(seminar, created)
					.query(Long.class)
					.single()))
			.as("the existing event stays, the created one goes")
			.isEqualTo(1L);
	}

	// --- helpers

	/**
	 * The KPIs of the fiscal year as the dashboard counts them (KpiMonths, the rules of
	 * Kpis), the months summed.
	 */
	KpiFigures year(int fiscalYear) {
		return HubScope.callAs(f.hub,
				() -> kpis.of(f.hub, fiscalYear)
					.values()
					.stream()
					.reduce(KpiFigures.ZERO,
							(a, b) -> new KpiFigures(a.consultations() + b.consultations(),
									a.placements() + b.placements(), a.digitalPlacements() + b.digitalPlacements(),
									a.financialReferralPlacements() + b.financialReferralPlacements(),
									a.sideJobNewCompanyPlacements() + b.sideJobNewCompanyPlacements())));
	}

	void agency(String name, String licence, String status) {
		HubScope.runAs(f.hub,
				() -> jdbc.sql("""
						INSERT INTO recruitment_agency (hub_id, name, licence_number, status) VALUES (?, ?, ?, ?)""")
					.params(f.hub, name, licence, status)
					.update());
	}

	long pastEvent(String title, String day) {
		return HubScope.callAs(f.hub, () -> {
			long id = jdbc
				.sql("""
						INSERT INTO event (hub_id, uid, title, kind, state, starts_at, ends_at, venue)
						VALUES (?, gen_random_uuid(), ?, 'SEMINAR', 'HELD', (?::date + time '14:00') AT TIME ZONE 'Asia/Tokyo',
						        (?::date + time '16:00') AT TIME ZONE 'Asia/Tokyo', '熊本市') RETURNING id""")
				.params(f.hub, title, day, day)
				.query(Long.class)
				.single();
			jdbc.sql("""
					INSERT INTO event_session (hub_id, event_id, number, starts_at, ends_at)
					SELECT hub_id, id, 1, starts_at, ends_at FROM event WHERE id = ?""").param(id).update();
			return id;
		});
	}

	/** The event's registrations: name, no-show flag and attendance rows, by name. */
	List<String> registrations(long eventId) {
		return HubScope.callAs(f.hub, () -> jdbc
			.sql("""
					SELECT r.name || '|' || r.no_show || '|' || (SELECT count(*) FROM event_attendance a WHERE a.registration_id = r.id)
					  FROM event_registration r WHERE r.event_id = ? AND r.status <> 'CANCELLED' ORDER BY r.name""")
			.param(eventId)
			.query(String.class)
			.list());
	}

	static String toFullWidth(String s) {
		StringBuilder b = new StringBuilder();
		for (char c : s.toCharArray()) {
			b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == '-' ? '－' : c);
		}
		return b.toString();
	}

}
