package jp.kyoten.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import jp.kyoten.KyotenSpringTest;
import jp.kyoten.activity.ManagementIssue;
import jp.kyoten.activity.Referral;
import jp.kyoten.activity.ReferralSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five KPI rules of the contract (issue item 6), each edge case on a hub of its own.
 */
@KyotenSpringTest
class KpiRulesTests {

	static final FiscalYear FY2026 = new FiscalYear(2026);

	static final FiscalYear FY2025 = new FiscalYear(2025);

	@Autowired
	ApplicationContext context;

	@Autowired
	Kpis kpis;

	ReportingFixture.TestHub hub;

	@BeforeEach
	void newHub() {
		hub = ReportingFixture.of(context).hub();
	}

	KpiFigures year(FiscalYear year) {
		return hub.call(() -> Kpis.total(kpis.monthly(hub.id, year)));
	}

	@Test
	void countsANewConsultationButNotItsFollowUp() {
		long company = hub.company("継続相談株式会社");
		long first = hub.consultation(company, LocalDate.of(2026, 5, 10));
		hub.followUp(company, LocalDate.of(2026, 6, 1), first);

		assertThat(year(FY2026).consultations()).isEqualTo(1);
	}

	@Test
	void countsTwoNewConsultationsOfOneCompanyOnOneDay() {
		long company = hub.company("同日相談株式会社");
		hub.consultation(company, LocalDate.of(2026, 7, 7));
		hub.consultation(company, LocalDate.of(2026, 7, 7), null, Referral.source(ReferralSource.WEB),
				ManagementIssue.DX);

		assertThat(year(FY2026).consultations()).isEqualTo(2);
	}

	@Test
	void the31MarchAndThe1AprilFallInDifferentFiscalYears() {
		long company = hub.company("年度境界株式会社");
		hub.consultation(company, LocalDate.of(2027, 3, 31));
		hub.consultation(company, LocalDate.of(2027, 4, 1));
		long c = hub.consultation(company, LocalDate.of(2026, 12, 1));
		hub.placement(hub.need(c, "SALES", false), LocalDate.of(2027, 3, 31), "FULL_TIME", true);
		hub.placement(hub.need(c, "HR", false), LocalDate.of(2027, 4, 1), "FULL_TIME", true);

		KpiFigures fy2026 = year(FY2026);
		KpiFigures fy2027 = year(new FiscalYear(2027));
		assertThat(fy2026.consultations()).isEqualTo(2);
		assertThat(fy2026.placements()).isEqualTo(1);
		assertThat(fy2027.consultations()).isEqualTo(1);
		assertThat(fy2027.placements()).isEqualTo(1);
		Map<YearMonth, KpiFigures> months = hub.call(() -> kpis.monthly(hub.id, FY2026));
		assertThat(months.keySet()).first().isEqualTo(YearMonth.of(2026, 4));
		assertThat(months.keySet()).last().isEqualTo(YearMonth.of(2027, 3));
		assertThat(months.get(YearMonth.of(2027, 3)).placements()).isEqualTo(1);
		assertThat(months.get(YearMonth.of(2027, 3)).consultations()).isEqualTo(1);
	}

	@Test
	void doesNotCountAnUnconfirmedPlacement() {
		long company = hub.company("未確認成約株式会社");
		long c = hub.consultation(company, LocalDate.of(2026, 5, 1));
		hub.placement(hub.need(c, "SALES", true), LocalDate.of(2026, 6, 1), "SIDE_JOB", false);

		KpiFigures fy = year(FY2026);
		assertThat(fy.placements()).isZero();
		assertThat(fy.digitalPlacements()).isZero();
		assertThat(fy.sideJobNewCompanyPlacements()).isZero();
	}

	@Test
	void countsASideJobPlacementAsOneAndDigitalOnlyWhenTheNeedIsFlagged() {
		long company = hub.company("デジタル人材株式会社");
		long c = hub.consultation(company, LocalDate.of(2026, 5, 1));
		hub.placement(hub.need(c, "IT_ENGINEER", true), LocalDate.of(2026, 6, 1), "SIDE_JOB", true);
		hub.placement(hub.need(c, "SALES", false), LocalDate.of(2026, 6, 2), "FULL_TIME", true);

		KpiFigures fy = year(FY2026);
		assertThat(fy.placements()).isEqualTo(2);
		assertThat(fy.digitalPlacements()).isEqualTo(1);
	}

	@Test
	void countsBothSideJobPlacementsOfACompanyNewToSideJobTalentInTheSameYear() {
		long company = hub.company("副業初利用株式会社");
		long c = hub.consultation(company, LocalDate.of(2026, 4, 10));
		hub.placement(hub.need(c, "MARKETING", false), LocalDate.of(2026, 5, 1), "SIDE_JOB", true);
		hub.placement(hub.need(c, "FINANCE", false), LocalDate.of(2027, 2, 1), "SIDE_JOB", true);

		assertThat(year(FY2026).sideJobNewCompanyPlacements()).isEqualTo(2);
		assertThat(year(FY2026).placements()).isEqualTo(2);
	}

	@Test
	void doesNotCountASideJobPlacementAtACompanyWithOneInAnEarlierYear() {
		long company = hub.company("副業経験あり株式会社");
		long c = hub.consultation(company, LocalDate.of(2025, 10, 1));
		hub.placement(hub.need(c, "SALES", false), LocalDate.of(2026, 3, 31), "SIDE_JOB", true);
		hub.placement(hub.need(c, "HR", false), LocalDate.of(2026, 6, 1), "SIDE_JOB", true);

		assertThat(year(FY2025).sideJobNewCompanyPlacements()).isEqualTo(1);
		assertThat(year(FY2026).sideJobNewCompanyPlacements()).isZero();
		assertThat(year(FY2026).placements()).isEqualTo(1);
	}

	@Test
	void anEarlierUnconfirmedOrFullTimePlacementDoesNotMakeTheCompanyAnExperiencedUser() {
		long company = hub.company("正社員のみ株式会社");
		long c = hub.consultation(company, LocalDate.of(2025, 10, 1));
		hub.placement(hub.need(c, "SALES", false), LocalDate.of(2025, 11, 1), "FULL_TIME", true);
		hub.placement(hub.need(c, "LEGAL", false), LocalDate.of(2025, 12, 1), "SIDE_JOB", false);
		hub.placement(hub.need(c, "HR", false), LocalDate.of(2026, 6, 1), "SIDE_JOB", true);

		assertThat(year(FY2026).sideJobNewCompanyPlacements()).isEqualTo(1);
	}

	@Test
	void theCompanysOwnAnswerOverridesTheHistory() {
		long saysUsed = hub.company("申告あり株式会社");
		long saysNew = hub.company("申告なし株式会社");
		long unknown = hub.company("申告不明株式会社");
		for (long company : new long[] { saysNew, unknown }) {
			hub.placed(company, LocalDate.of(2025, 9, 1), "SIDE_JOB");
		}
		hub.priorSideJobUse(saysUsed, true);
		hub.priorSideJobUse(saysNew, false);
		hub.priorSideJobUse(unknown, null);
		for (long company : new long[] { saysUsed, saysNew, unknown }) {
			hub.placed(company, LocalDate.of(2026, 9, 1), "SIDE_JOB");
		}

		// true: not new although the hub never placed side-job talent there; false: new
		// despite last year's
		// placement; null: last year's placement decides (not new).
		assertThat(year(FY2026).sideJobNewCompanyPlacements()).isEqualTo(1);
		assertThat(year(FY2026).placements()).isEqualTo(3);
		var rows = hub.call(() -> kpis.placements(hub.id, ReportingFixture.PREFECTURE, LocalDate.of(2026, 4, 1),
				LocalDate.of(2027, 4, 1), null, null));
		assertThat(rows)
			.extracting(PlacementRow::companyName, PlacementRow::priorSideJobUse, PlacementRow::sideJobNewCompany)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("申告あり株式会社", true, false),
					org.assertj.core.groups.Tuple.tuple("申告なし株式会社", false, true),
					org.assertj.core.groups.Tuple.tuple("申告不明株式会社", null, false));
	}

	@Test
	void countsAPlacementWhoseNeedWasReferredByAFinancialInstitution() {
		long bank = hub.institution("REGIONAL_BANK");
		long shinkin = hub.institution("SHINKIN_BANK");
		long chamber = hub.institution("CHAMBER_OF_COMMERCE");
		long company = hub.company("銀行紹介株式会社");
		long byBank = hub.consultation(company, LocalDate.of(2026, 5, 1), null, Referral.institution(bank),
				ManagementIssue.FINANCE);
		long byChamber = hub.consultation(company, LocalDate.of(2026, 5, 2), null, Referral.institution(chamber),
				ManagementIssue.SALES_CHANNEL);
		hub.placement(hub.need(byBank, "FINANCE", false), LocalDate.of(2026, 7, 1), "FULL_TIME", true);
		hub.placement(hub.need(byChamber, "SALES", false), LocalDate.of(2026, 7, 2), "FULL_TIME", true);
		// the need's own route counts, not the consultation's: one edited to 信用金庫, one
		// edited away from the bank
		long edited = hub.need(byChamber, "HR", false);
		hub.needReferredBy(edited, shinkin, null);
		hub.placement(edited, LocalDate.of(2026, 7, 3), "FULL_TIME", true);
		long editedAway = hub.need(byBank, "LEGAL", false);
		hub.needReferredBy(editedAway, null, "SELF");
		hub.placement(editedAway, LocalDate.of(2026, 7, 4), "FULL_TIME", true);

		assertThat(year(FY2026).financialReferralPlacements()).isEqualTo(2);
		assertThat(year(FY2026).placements()).isEqualTo(4);
	}

	@Test
	void everyFinancialKindCountsAndNoOtherKindDoes() {
		long company = hub.company("金融機関種別株式会社");
		long c = hub.consultation(company, LocalDate.of(2026, 5, 1));
		String[] kinds = { "REGIONAL_BANK", "SECOND_REGIONAL_BANK", "SHINKIN_BANK", "CREDIT_COOPERATIVE",
				"GOVERNMENT_FINANCIAL", "YOROZU", "SOCIETY_OF_COMMERCE", "MUNICIPALITY" };
		int day = 1;
		for (String kind : kinds) {
			long need = hub.need(c, "SALES", false);
			hub.needReferredBy(need, hub.institution(kind), null);
			hub.placement(need, LocalDate.of(2026, 8, day++), "FULL_TIME", true);
		}

		assertThat(year(FY2026).financialReferralPlacements()).isEqualTo(5);
	}

	@Test
	void anotherHubsRowsAreNotCounted() {
		ReportingFixture.TestHub other = ReportingFixture.of(context).hub();
		other.placed(other.company("他拠点成約株式会社"), LocalDate.of(2026, 6, 1), "FULL_TIME");

		assertThat(year(FY2026)).isEqualTo(KpiFigures.ZERO);
		// asking for the other hub's id while this hub is in scope finds nothing either
		// (row-level security)
		assertThat(hub.call(() -> Kpis.total(kpis.monthly(other.id, FY2026)))).isEqualTo(KpiFigures.ZERO);
	}

}
