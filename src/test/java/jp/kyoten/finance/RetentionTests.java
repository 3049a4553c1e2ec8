package jp.kyoten.finance;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.finance.FinanceFixture.TestHub;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.time.HubTime;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 保存期間: a fiscal year's books are kept five years from the year after, then offered for
 * disposal; a manager's confirmed disposal deletes the entries, their evidence files and
 * the year's work days, keeps a record, and is audited; nothing is disposed of earlier,
 * not even by the database's own function.
 */
@KyotenSpringTest
class RetentionTests {

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
	RecordExpense record;

	@Autowired
	KeepEvidence evidence;

	@Autowired
	RecordWorkTime workTime;

	TestHub hub;

	/**
	 * The latest fiscal year past its period: its 31 March five years after the next one
	 * lies before today.
	 */
	int due;

	@BeforeEach
	void setUp() {
		hub = FinanceFixture.hub(hubs, accounts, HubKind.PRO_TALENT);
		due = Hubs.fiscalYearOf(LocalDate.now(HubTime.ZONE)) - 6;
	}

	@Test
	void offersAYearPastItsPeriodAndDisposesOfItsEntriesEvidenceAndWorkDaysWhenTheManagerConfirms() throws Exception {
		HubScope.runAs(hub.id(), () -> {
			long old = book(LocalDate.of(due, 6, 10));
			evidence.upload(old, EvidenceKind.RECEIPT, "領収書.pdf", FinanceFixture.PDF);
			long reversal = record.reverse(old, LocalDate.of(due, 6, 20), "誤り");
			book(LocalDate.of(due, 7, 1));
			long staff = workTime.addStaff("旧年度 職員", StaffPost.STAFF, PayBasis.HOURLY, 1_000);
			workTime.recordDay(staff, LocalDate.of(due, 6, 10), new java.math.BigDecimal("7"), false, null);
			assertThat(reversal).isPositive();
			book(LocalDate.of(due - 1, 6, 10));
			book(LocalDate.of(due + 1, 6, 10));
		});

		mvc.perform(get("/finance/retention").with(logins.as(hub.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-year=\"" + due + "\"")))
			.andExpect(content().string(containsString("data-year=\"" + (due - 1) + "\"")))
			.andExpect(content().string(not(containsString("data-year=\"" + (due + 1) + "\""))))
			.andExpect(content().string(not(containsString("dispose-form"))));
		mvc.perform(get("/api/v1/finance/retention").with(logins.as(hub.manager())))
			.andExpect(jsonPath("$.due[1].fiscalYear").value(due))
			.andExpect(jsonPath("$.due[1].entries").value(3))
			.andExpect(jsonPath("$.due[1].evidenceFiles").value(1))
			.andExpect(jsonPath("$.due[1].retainedUntil").value((due + 6) + "-03-31"));

		mvc.perform(post("/finance/retention/{y}/dispose", due).param("confirm", "はい")
			.with(logins.as(hub.manager()))
			.with(csrf())).andExpect(flash().attribute("flashError", containsString("廃棄していません")));
		assertThat(count("SELECT count(*) FROM finance_entry WHERE fiscal_year = " + due)).isEqualTo(3);

		mvc.perform(post("/finance/retention/{y}/dispose", due).param("confirm", String.valueOf(due))
			.with(logins.as(hub.manager()))
			.with(csrf())).andExpect(flash().attribute("flash", containsString("仕訳3件・証拠書類1件・勤務記録1件")));
		assertThat(count("SELECT count(*) FROM finance_entry WHERE fiscal_year = " + due)).isZero();
		assertThat(count("SELECT count(*) FROM finance_evidence")).isZero();
		assertThat(count("SELECT count(*) FROM finance_work_day")).isZero();
		assertThat(count("SELECT count(*) FROM finance_entry")).isEqualTo(2);
		assertThat(count("SELECT count(*) FROM finance_disposal WHERE fiscal_year = " + due
				+ " AND entries = 3 AND evidence_files = 1 AND work_days = 1"))
			.isEqualTo(1);
		assertThat(count("SELECT count(*) FROM audit_log WHERE hub_id = " + hub.id()
				+ " AND action = 'DELETE' AND entity_type = 'finance_books' AND entity_id = '" + due + "'"))
			.isEqualTo(1);
		mvc.perform(get("/finance/retention").with(logins.as(hub.manager())))
			.andExpect(content().string(not(containsString("data-year=\"" + due + "\""))))
			.andExpect(content().string(containsString("仕訳")))
			.andExpect(content().string(containsString("dispose-form")));
	}

	@Test
	void aYearStillRetainedIsNotDisposedOfNotEvenByTheDatabasesOwnFunction() throws Exception {
		int kept = due + 1;
		HubScope.runAs(hub.id(), () -> book(LocalDate.of(kept, 6, 10)));
		mvc.perform(post("/finance/retention/{y}/dispose", kept).param("confirm", String.valueOf(kept))
			.with(logins.as(hub.manager()))
			.with(csrf())).andExpect(flash().attribute("flashError", containsString("まで廃棄できません")));
		HubScope.runAs(hub.id(), () -> {
			assertThatThrownBy(
					() -> jdbc.sql("SELECT * FROM finance_dispose_year(?, 5)").param(kept).query().listOfRows())
				.isInstanceOf(DataAccessException.class);
			// a shorter period than the contracts' five years is refused as well
			assertThatThrownBy(
					() -> jdbc.sql("SELECT * FROM finance_dispose_year(?, 1)").param(kept).query().listOfRows())
				.isInstanceOf(DataAccessException.class);
		});
		assertThat(count("SELECT count(*) FROM finance_entry")).isEqualTo(1);
		// outside any hub the function deletes nothing
		assertThatThrownBy(() -> jdbc.sql("SELECT * FROM finance_dispose_year(?, 5)").param(due).query().listOfRows())
			.isInstanceOf(DataAccessException.class);
	}

	@Test
	void onlyTheHubManagerDisposesAndACoordinatorSeesNoRetentionPage() throws Exception {
		HubScope.runAs(hub.id(), () -> book(LocalDate.of(due, 6, 10)));
		mvc.perform(post("/finance/retention/{y}/dispose", due).param("confirm", String.valueOf(due))
			.with(logins.as(hub.officer()))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/finance/retention").with(logins.as(hub.coordinator()))).andExpect(status().isForbidden());
		// another hub's manager finds nothing of this hub's to dispose of
		mvc.perform(post("/finance/retention/{y}/dispose", due).param("confirm", String.valueOf(due))
			.with(logins.as(DemoLogins.FUKUOKA_MANAGER))
			.with(csrf())).andExpect(flash().attribute("flashError", containsString("廃棄するものはありません")));
		assertThat(count("SELECT count(*) FROM finance_entry")).isEqualTo(1);
	}

	private long book(LocalDate day) {
		return record.record(new NewExpense(day, ExpenseCategory.SUPPLIES, "文具店", "消耗品", 1_100, 100)).id();
	}

	private long count(String sql) {
		return HubScope.callAs(hub.id(), () -> jdbc.sql(sql).query(Long.class).single());
	}

}
