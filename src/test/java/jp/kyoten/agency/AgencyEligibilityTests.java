package jp.kyoten.agency;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.kyoten.KyotenSpringTest;
import jp.kyoten.platform.tenancy.HubScope;

import static jp.kyoten.agency.AgencyMother.agency;
import static jp.kyoten.platform.work.EmploymentForm.FULL_TIME;
import static jp.kyoten.platform.work.EmploymentForm.SECONDMENT;
import static jp.kyoten.platform.work.JobCategory.LEGAL;
import static jp.kyoten.platform.work.JobCategory.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import jp.kyoten.platform.time.HubTime;

/**
 * {@link Agencies#eligible}: the registered agencies that fit, in id order, of the
 * caller's hub only.
 */
@KyotenSpringTest
class AgencyEligibilityTests {

	@Autowired
	Agencies agencies;

	@Autowired
	ReceiveAgencyApplication receive;

	@Autowired
	CheckAgencyRequirement check;

	@Autowired
	ChangeAgencyStatus changeStatus;

	@Autowired
	JdbcClient jdbc;

	/**
	 * The hub's today: in the evening UTC it is already tomorrow in Japan, and agreements
	 * end on Japanese dates.
	 */
	static LocalDate tokyoToday() {
		return LocalDate.now(HubTime.ZONE);
	}

	@Test
	void offersOnlyRegisteredAgenciesThatFitInIdOrder() {
		long kumamoto = hub("kumamoto");
		var fits = agency().takes(SECONDMENT, FULL_TIME).places(LEGAL, SALES).serves("02", "43");
		long first = HubScope.callAs(kumamoto, () -> registered(fits.named("適合A").build()));
		long applied = HubScope.callAs(kumamoto,
				() -> receive.receive(agency().takes(SECONDMENT).places(LEGAL).serves("02").named("申請中B").build()));
		long suspended = HubScope.callAs(kumamoto, () -> {
			long id = registered(agency().takes(SECONDMENT).places(LEGAL).serves("02").named("停止C").build());
			changeStatus.suspend(id, "調査中");
			return id;
		});
		long revoked = HubScope.callAs(kumamoto, () -> {
			long id = registered(agency().takes(SECONDMENT).places(LEGAL).serves("02").named("取消D").build());
			changeStatus.revoke(id, "許可取消");
			return id;
		});
		long otherForm = HubScope.callAs(kumamoto,
				() -> registered(agency().takes(FULL_TIME).places(LEGAL).serves("02").named("形態違いE").build()));
		long otherCategory = HubScope.callAs(kumamoto,
				() -> registered(agency().takes(SECONDMENT).places(SALES).serves("02").named("職種違いF").build()));
		long otherRegion = HubScope.callAs(kumamoto,
				() -> registered(agency().takes(SECONDMENT).places(LEGAL).serves("43").named("地域違いG").build()));
		long agreementOver = HubScope.callAs(kumamoto,
				() -> registered(agency().takes(SECONDMENT)
					.places(LEGAL)
					.serves("02")
					.agreedUntil(tokyoToday().minusDays(1))
					.named("協定終了H")
					.build()));
		long otherHub = HubScope.callAs(hub("fukuoka"),
				() -> registered(agency().takes(SECONDMENT).places(LEGAL).serves("02").named("福岡I").build()));
		long second = HubScope.callAs(kumamoto, () -> registered(
				agency().takes(SECONDMENT).places(LEGAL).serves("02").agreedUntil(tokyoToday()).named("適合J").build()));

		List<Long> eligible = HubScope.callAs(kumamoto,
				() -> agencies.eligible(SECONDMENT, LEGAL, "02").stream().map(AgencyView::id).toList());

		assertThat(eligible).contains(first, second)
			.doesNotContain(applied, suspended, revoked, otherForm, otherCategory, otherRegion, agreementOver, otherHub)
			.isSorted();
		assertThat(HubScope.callAs(kumamoto, () -> agencies.eligible(SECONDMENT, LEGAL, "02")))
			.allMatch(AgencyView::registered);
	}

	@Test
	void anOpenArgumentDoesNotRestrict() {
		long kumamoto = hub("kumamoto");
		long id = HubScope.callAs(kumamoto,
				() -> registered(agency().takes(SECONDMENT).places(LEGAL).serves("05").named("秋田対応K").build()));
		assertThat(HubScope.callAs(kumamoto, () -> agencies.eligible(null, null, "05")).stream().map(AgencyView::id))
			.contains(id);
		assertThat(HubScope.callAs(kumamoto, () -> agencies.eligible(null, null, null)).stream().map(AgencyView::id))
			.contains(id);
		assertThat(
				HubScope.callAs(kumamoto, () -> agencies.eligible(FULL_TIME, null, "05")).stream().map(AgencyView::id))
			.doesNotContain(id);
	}

	@Test
	void seesNoAgencyWithoutAHubInScope() {
		assertThat(agencies.eligible(null, null, null)).isEmpty();
	}

	private long registered(AgencyDetails details) {
		long id = receive.receive(details);
		check.checkAll(id, "テスト");
		changeStatus.register(id);
		return id;
	}

	private long hub(String slug) {
		return jdbc.sql("SELECT id FROM hub WHERE slug = ?").param(slug).query(Long.class).single();
	}

}
