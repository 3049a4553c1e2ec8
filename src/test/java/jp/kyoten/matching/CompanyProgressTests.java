package jp.kyoten.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import jp.kyoten.KyotenSpringTest;
import jp.kyoten.activity.Channel;
import jp.kyoten.activity.NewConsultation;
import jp.kyoten.activity.Referral;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * {@link CompanyProgress}: what companies reached since a date, for the events module's
 * follow-up.
 */
@KyotenSpringTest
class CompanyProgressTests {

	@Autowired
	ApplicationContext ctx;

	@Autowired
	CompanyProgress progress;

	MatchingFixture fx;

	@BeforeEach
	void setUp() {
		fx = MatchingFixture.of(ctx);
	}

	@Test
	void countsConsultationsNeedsHandOffsAndOnlyConfirmedPlacementsSinceTheDate() {
		long agency = fx.agency("kumamoto", "進捗集計人材", EmploymentForm.SECONDMENT, JobCategory.HR);
		var placed = fx.handedOff("kumamoto", agency, EmploymentForm.SECONDMENT, JobCategory.HR);
		var reported = fx.handedOff("kumamoto", agency, EmploymentForm.SECONDMENT, JobCategory.HR);
		long hub = fx.hub("kumamoto");
		HubScope.runAs(hub, () -> {
			long p = fx.reportPlacement.report(placed.handOffId(), new PlacementReport(LocalDate.of(2026, 7, 1), null,
					EmploymentForm.SECONDMENT, null, null, 500_000L));
			fx.confirm.confirm(p);
			fx.reportPlacement.report(reported.handOffId(),
					new PlacementReport(LocalDate.of(2026, 7, 1), null, EmploymentForm.SECONDMENT, null, null, null));
			fx.consultations.record(NewConsultation.of(placed.companyId(), LocalDate.of(2026, 3, 1), Channel.PHONE,
					Referral.NONE, Set.of(), "年度前の相談", null));
		});
		long nothing = fx.companies.create("進捗なし" + MatchingFixture.unique() + "株式会社");
		long otherHub = fx.companies.in("fukuoka").create("進捗他拠点" + MatchingFixture.unique() + "株式会社");

		Map<Long, CompanyProgress.Progress> result = HubScope.callAs(hub, () -> progress
			.of(List.of(placed.companyId(), reported.companyId(), nothing, otherHub), LocalDate.of(2026, 4, 1)));

		assertThat(result.get(placed.companyId())).isEqualTo(new CompanyProgress.Progress(1, 1, 1, 1));
		assertThat(result.get(reported.companyId())).isEqualTo(new CompanyProgress.Progress(1, 1, 1, 0));
		assertThat(result.get(nothing)).isEqualTo(CompanyProgress.Progress.NONE);
		assertThat(result.get(otherHub)).isEqualTo(CompanyProgress.Progress.NONE);
		assertThat(HubScope.callAs(hub, () -> progress.of(List.of(placed.companyId()), LocalDate.of(2026, 1, 1))))
			.containsEntry(placed.companyId(), new CompanyProgress.Progress(2, 1, 1, 1));
		assertThat(HubScope.callAs(hub, () -> progress.of(List.of(), LocalDate.of(2026, 1, 1)))).isEmpty();
	}

}
