package jp.kyoten.identity;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kyoten.two-factor.required-for-roles}: the system admin and the national viewer
 * belong to no hub, so no hub manager can require their second factor; the setting does
 * (ADR 230). The hub's and the enrolment's part of the policy are proved in
 * {@link TwoFactorSignInTests}.
 */
class SecondFactorPolicyTests {

	private static final UserAccount ADMIN = new UserAccount(null, "admin@x.test", "管理者", "{noop}x", Role.SYSTEM_ADMIN);

	private static final UserAccount NATIONAL = new UserAccount(null, "nat@x.test", "全国", "{noop}x",
			Role.NATIONAL_VIEWER);

	@Test
	void theSystemAdminNeedsASecondFactorOutsideDemoModeWhenTheSettingIsUnset() {
		SecondFactorPolicy policy = policy(null, false);
		assertThat(policy.requiredForRoles()).containsExactly(Role.SYSTEM_ADMIN);
		assertThat(policy.requiredFor(ADMIN)).isTrue();
		assertThat(policy.optionalFor(ADMIN)).as("so it cannot remove its app").isFalse();
	}

	@Test
	void inDemoModeTheUnsetSettingRequiresNoRole() {
		SecondFactorPolicy policy = policy(null, true);
		assertThat(policy.requiredForRoles()).isEmpty();
		assertThat(policy.optionalFor(ADMIN)).isTrue();
	}

	@Test
	void theSettingNamesTheRolesThatAlwaysNeedOneInDemoModeToo() {
		SecondFactorPolicy policy = policy(EnumSet.of(Role.SYSTEM_ADMIN, Role.NATIONAL_VIEWER), true);
		assertThat(policy.requiredFor(NATIONAL)).isTrue();
		assertThat(policy.requiredFor(ADMIN)).isTrue();
		assertThat(policy.optionalFor(NATIONAL)).isFalse();
	}

	@Test
	void anEmptySettingRequiresNoRoleOutsideDemoMode() {
		assertThat(policy(Set.of(), false).optionalFor(ADMIN)).isTrue();
	}

	/**
	 * Neither the hubs nor the enrolments are asked: the role decides before them (they
	 * are null here).
	 */
	private static SecondFactorPolicy policy(Set<Role> roles, boolean demo) {
		return new SecondFactorPolicy(null, null, new TwoFactorSettings("", roles), demo);
	}

}
