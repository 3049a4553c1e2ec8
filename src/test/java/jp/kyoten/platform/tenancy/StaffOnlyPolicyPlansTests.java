package jp.kyoten.platform.tenancy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import jp.kyoten.KyotenSpringTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff-only policy must ask for the agency scope in a form the planner estimates
 * sensibly (V187): the bare {@code kyoten_current_agency() IS NULL} is estimated at 0.005
 * and turns every large staff list into a full read and sort. A migration that copies the
 * old form fails here.
 */
@KyotenSpringTest
class StaffOnlyPolicyPlansTests {

	@Autowired
	Environment env;

	@Test
	void everyStaffOnlyPolicyAsksForTheAgencyScopeOncePerQuery() throws SQLException {
		List<String> bare = new ArrayList<>();
		List<String> once = new ArrayList<>();
		try (Connection c = owner();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT tablename || '.' || policyname, qual FROM pg_policies"
						+ " WHERE qual LIKE '%kyoten_current_agency() IS NULL%'")) {
			while (rs.next()) {
				String qual = rs.getString(2).replace("SELECT (kyoten_current_agency() IS NULL)", "");
				(qual.contains("kyoten_current_agency() IS NULL") ? bare : once).add(rs.getString(1));
			}
		}
		assertThat(once).as("staff-only policies").contains("company.company_hub", "contact.contact_hub");
		assertThat(bare).as("write (SELECT kyoten_current_agency() IS NULL) in the policy's USING").isEmpty();
	}

	/**
	 * An agency-narrowed policy (hand-offs, their progress, placements, referrals to
	 * agencies) must not compare {@code agency_id} with an expression of itself:
	 * {@code agency_id = coalesce(kyoten_current_agency(), agency_id)} is estimated at
	 * 0.5 % of the rows, which made the staff hand-off list join and sort the hub's whole
	 * history (V270, bench/matching/README.md).
	 */
	@Test
	void everyAgencyNarrowedPolicyAsksForTheAgencyScopeOncePerQuery() throws SQLException {
		List<String> selfCompared = new ArrayList<>();
		List<String> once = new ArrayList<>();
		try (Connection c = owner();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT tablename || '.' || policyname, qual FROM pg_policies"
						+ " WHERE qual LIKE '%agency_id%kyoten_current_agency()%'"
						+ " OR qual LIKE '%kyoten_current_agency()%agency_id%'")) {
			while (rs.next()) {
				String qual = rs.getString(2);
				(qual.contains("COALESCE(kyoten_current_agency(), agency_id)") ? selfCompared : once)
					.add(rs.getString(1));
			}
		}
		assertThat(once).as("agency-narrowed policies")
			.contains("handoff.handoff_hub", "handoff_progress.handoff_progress_hub", "placement.placement_hub",
					"job_seeker_referral.job_seeker_referral_hub");
		assertThat(selfCompared).as("write (SELECT kyoten_current_agency() IS NULL) OR agency_id = …").isEmpty();
	}

	private Connection owner() throws SQLException {
		return DriverManager.getConnection(env.getRequiredProperty("spring.flyway.url"),
				env.getRequiredProperty("spring.flyway.user"), env.getRequiredProperty("spring.flyway.password"));
	}

}
