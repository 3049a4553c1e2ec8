package jp.kyoten.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.kyoten.KyotenSpringTest;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;

@KyotenSpringTest
class ActivityDemoDataTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Hubs hubs;

	@Test
	void theDemoHubHasVisitsFromItsAppointmentsAndJobSeekersPassedOnOnlyWithConsent() {
		long kumamoto = hubs.bySlug("kumamoto").orElseThrow().getId();
		HubScope.runAs(kumamoto, () -> {
			assertThat(count("SELECT count(*) FROM company_visit WHERE appointment_id IS NOT NULL")).isPositive();
			assertThat(count("SELECT count(*) FROM job_seeker_inquiry")).isGreaterThanOrEqualTo(5);
			assertThat(count("""
					SELECT count(*) FROM job_seeker_referral r JOIN job_seeker_inquiry i ON i.id = r.inquiry_id
					WHERE NOT i.consent_to_pass""")).isZero();
			assertThat(count("SELECT count(*) FROM job_seeker_referral")).isPositive();
		});
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
