package jp.kyoten.identity;

import org.springframework.stereotype.Component;

import jp.kyoten.hub.Hubs;

/**
 * Who signs in with a second factor: everyone who enrolled one, and everyone of a hub whose manager requires it
 * whose role handles personal data ({@link Role#handlesPersonalData}).
 */
@Component
class SecondFactorPolicy {

	private final Hubs hubs;

	private final SecondFactors secondFactors;

	SecondFactorPolicy(Hubs hubs, SecondFactors secondFactors) {
		this.hubs = hubs;
		this.secondFactors = secondFactors;
	}

	boolean requiredFor(UserAccount account) {
		return requiredByHub(account) || secondFactors.enrolled(account.getId());
	}

	/** Whether the account may do without a second factor (and so may remove the one it has). */
	boolean optionalFor(UserAccount account) {
		return !requiredByHub(account);
	}

	private boolean requiredByHub(UserAccount account) {
		return account.getRole().handlesPersonalData() && account.getHubId() != null
				&& hubs.twoFactorRequired(account.getHubId());
	}

	KyotenUser principal(UserAccount account) {
		return account.toPrincipal(requiredFor(account));
	}

}
