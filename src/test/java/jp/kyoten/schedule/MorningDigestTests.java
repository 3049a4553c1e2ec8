package jp.kyoten.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.TestCompanies;
import jp.kyoten.activity.Channel;
import jp.kyoten.activity.NewConsultation;
import jp.kyoten.activity.RecordConsultation;
import jp.kyoten.activity.Referral;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.platform.tenancy.HubScope;

@KyotenSpringTest
class MorningDigestTests {

	/** A Tuesday after 勤労感謝の日, far from the demo data's dates. */
	static final LocalDate BUSINESS_DAY = LocalDate.of(2030, 11, 26);

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	MorningDigest digest;

	@Autowired
	TestCompanies companies;

	@Autowired
	RecordConsultation record;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPersonWhoAskedGetsOneDigestADayWithTheFollowUpsDue() throws Exception {
		long hub = companies.hubId();
		KyotenUser coordinator = (KyotenUser) logins.principal(DemoLogins.KUMAMOTO_COORDINATOR);
		long company = companies.create("朝のメール確認株式会社");
		HubScope
			.runAs(hub,
					() -> record.record(new NewConsultation(company, BUSINESS_DAY.minusDays(7), Channel.PHONE,
							Referral.NONE, Set.of(), "人材の相談", null, null, null, coordinator.userId(), "求人票を確認",
							BUSINESS_DAY, null, null)));
		mvc.perform(post("/my-work/digest").param("enabled", "true")
			.with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))).andExpect(status().is3xxRedirection());

		assertThat(HubScope.callAs(hub, () -> digest.sendFor(hub, BUSINESS_DAY))).isPositive();
		assertThat(HubScope.callAs(hub, () -> digest.sendFor(hub, BUSINESS_DAY))).isZero();

		List<Map<String, Object>> mails = HubScope.callAs(hub,
				() -> jdbc
					.sql("SELECT subject, body FROM mail_outbox WHERE to_address = ? AND subject LIKE '%2030/11/26%'")
					.param(DemoLogins.KUMAMOTO_COORDINATOR)
					.query()
					.listOfRows());
		assertThat(mails).hasSize(1);
		assertThat((String) mails.get(0).get("body")).contains("朝のメール確認株式会社 — 求人票を確認");
	}

	@Test
	void noDigestOnAClosedDay() {
		long hub = companies.hubId();
		assertThat(HubScope.callAs(hub, () -> digest.sendFor(hub, LocalDate.of(2030, 11, 24)))).isZero();
	}

}
