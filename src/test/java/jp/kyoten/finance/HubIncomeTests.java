package jp.kyoten.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.matching.MatchingFixture;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The hub's income: the agreements' rules applied to confirmed placements, invoices and
 * payments.
 */
@KyotenSpringTest
class HubIncomeTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	HubIncome income;

	@Autowired
	RecordIncome record;

	@Test
	void incomeDueIsTheAgreementsRuleAppliedToEachConfirmedPlacementOfItsPeriod() {
		MatchingFixture fx = MatchingFixture.of(context);
		long rated = fx.agency("kumamoto", "収入料率" + MatchingFixture.unique() + "人材", EmploymentForm.FULL_TIME,
				JobCategory.PRODUCTION);
		long fixed = fx.agency("kumamoto", "収入定額" + MatchingFixture.unique() + "人材", EmploymentForm.FULL_TIME,
				JobCategory.PRODUCTION);
		long first = fx.placement("kumamoto", rated, LocalDate.of(2026, 7, 1), 1_234_567L, true);
		long second = fx.placement("kumamoto", rated, LocalDate.of(2026, 8, 1), null, true);
		long unconfirmed = fx.placement("kumamoto", rated, LocalDate.of(2026, 8, 2), 900_000L, false);
		long beforeAgreement = fx.placement("kumamoto", fixed, LocalDate.of(2026, 6, 30), 500_000L, true);
		long fixedOne = fx.placement("kumamoto", fixed, LocalDate.of(2026, 7, 15), 2_000_000L, true);
		HubScope.runAs(fx.hub("kumamoto"), () -> {
			record.agree(rated, new BigDecimal("12.5"), null, LocalDate.of(2026, 4, 1), null, null);
			record.agree(fixed, null, 80_000L, LocalDate.of(2026, 7, 1), LocalDate.of(2027, 3, 31), "協定書第5条");
			assertThatThrownBy(() -> record.agree(fixed, null, 1L, LocalDate.of(2027, 1, 1), null, null))
				.isInstanceOf(BusinessRuleException.class)
				.hasMessage("finance.agreement.overlap");

			IncomeReport report = income.of(2026);
			assertThat(report.lines().stream().filter(l -> l.agencyId() == rated || l.agencyId() == fixed))
				.extracting(IncomeLine::placementId, IncomeLine::due, IncomeLine::feeUnknown)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(first, 154_320L, false),
						org.assertj.core.groups.Tuple.tuple(fixedOne, 80_000L, false),
						org.assertj.core.groups.Tuple.tuple(second, 0L, true));
			assertThat(report.lines()).extracting(IncomeLine::placementId).doesNotContain(unconfirmed, beforeAgreement);

			long invoice = record.invoice(rated, "INV-" + System.nanoTime(), LocalDate.of(2026, 8, 31), 154_320, null);
			record.pay(invoice, LocalDate.of(2026, 9, 30), 100_000);
			assertThatThrownBy(() -> record.pay(invoice, LocalDate.of(2026, 10, 1), 54_321))
				.isInstanceOf(BusinessRuleException.class)
				.hasMessage("finance.payment.over");
			AgencyIncome ofRated = income.of(2026)
				.agencies()
				.stream()
				.filter(a -> a.agencyId() == rated)
				.findFirst()
				.orElseThrow();
			assertThat(ofRated.due()).isEqualTo(154_320);
			assertThat(ofRated.notInvoiced()).isZero();
			assertThat(ofRated.receivable()).isEqualTo(54_320);
		});
	}

	@Test
	void theIncomePageRecordsAnAgreementAndRefusesOneWithBothRules() throws Exception {
		MatchingFixture fx = MatchingFixture.of(context);
		long agency = fx.agency("kumamoto", "画面" + MatchingFixture.unique() + "人材", EmploymentForm.FULL_TIME,
				JobCategory.PRODUCTION);
		mvc.perform(post("/finance/income/agreements").with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.with(csrf())
			.param("agencyId", String.valueOf(agency))
			.param("feeRate", "10")
			.param("fixedFee", "50000")
			.param("validFrom", "2026-04-01"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("agreementForm"))
			.andExpect(content().string(containsString("どちらか一方")));
		mvc.perform(post("/finance/income/agreements").with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.with(csrf())
			.param("agencyId", String.valueOf(agency))
			.param("fixedFee", "50000")
			.param("validFrom", "2026-04-01")).andExpect(flash().attributeExists("flash"));
		mvc.perform(
				get("/api/v1/finance/income").param("fiscalYear", "2026").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agreements[?(@.agencyId == " + agency + ")].fixedFee").value(50_000));
		mvc.perform(get("/api/v1/finance/income").with(logins.as(DemoLogins.FUKUOKA_MANAGER)))
			.andExpect(jsonPath("$.agreements[?(@.agencyId == " + agency + ")]").isEmpty());
	}

}
