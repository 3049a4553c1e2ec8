package jp.kyoten.identity;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import jp.kyoten.hub.Hubs;

/**
 * Who signs in with a second factor: everyone who enrolled one, everyone of a hub whose
 * manager requires it whose role handles personal data
 * ({@link Role#handlesPersonalData}), and every account of a role that
 * {@code kyoten.two-factor.required-for-roles} names (unset: the system admin, except in
 * demo mode, where the README's logins must keep working with a password).
 */
@Component
class SecondFactorPolicy {

	private final Hubs hubs;

	private final SecondFactors secondFactors;

	private final Set<Role> requiredForRoles;

	SecondFactorPolicy(Hubs hubs, SecondFactors secondFactors, TwoFactorSettings settings,
			@Value("${kyoten.demo.enabled:false}") boolean demo) {
		this.hubs = hubs;
		this.secondFactors = secondFactors;
		this.requiredForRoles = settings.requiredForRoles() != null ? Set.copyOf(settings.requiredForRoles())
				: demo ? Set.of() : EnumSet.of(Role.SYSTEM_ADMIN);
	}

	/** The roles whose every account needs a second factor, whatever the hub says. */
	Set<Role> requiredForRoles() {
		return requiredForRoles;
	}

	boolean requiredFor(UserAccount account) {
		return requiredByHub(account) || requiredForRoles.contains(account.getRole())
				|| secondFactors.enrolled(account.getId());
	}

	/**
	 * Whether the account may do without a second factor (and so may remove the one it
	 * has).
	 */
	boolean optionalFor(UserAccount account) {
		return !requiredByHub(account) && !requiredForRoles.contains(account.getRole());
	}

	private boolean requiredByHub(UserAccount account) {
		return account.getRole().handlesPersonalData() && account.getHubId() != null
				&& hubs.twoFactorRequired(account.getHubId());
	}

	KyotenUser principal(UserAccount account) {
		return account.toPrincipal(requiredFor(account));
	}

}
