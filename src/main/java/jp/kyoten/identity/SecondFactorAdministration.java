package jp.kyoten.identity;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditAction;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.RecordNotFoundException;

/**
 * What managers and the system admin do about second factors: the hub manager requires
 * them for the hub (or no longer), and resets a person's lost one; the system admin
 * resets anyone's. Every step is in the audit log.
 */
@Service
@Transactional
class SecondFactorAdministration {

	private final Hubs hubs;

	private final UserAccountRepository accounts;

	private final SecondFactors secondFactors;

	private final SecondFactorPolicy policy;

	private final AccountSessions sessions;

	private final AuditTrail audit;

	private final Passkeys passkeys;

	SecondFactorAdministration(Hubs hubs, UserAccountRepository accounts, SecondFactors secondFactors,
			SecondFactorPolicy policy, AccountSessions sessions, AuditTrail audit, Passkeys passkeys) {
		this.passkeys = passkeys;
		this.hubs = hubs;
		this.accounts = accounts;
		this.secondFactors = secondFactors;
		this.policy = policy;
		this.sessions = sessions;
		this.audit = audit;
	}

	/**
	 * Sets the hub's requirement. Turned on, it holds at once: the sessions of everyone
	 * it now concerns who signed in without a second factor are ended (they sign in again
	 * and enrol); the manager who turned it on keeps their session, renewed with the
	 * requirement.
	 * @return the manager's renewed principal
	 */
	KyotenUser requireForHub(long hubId, boolean required, long managerId) {
		hubs.requireTwoFactor(hubId, required);
		audit.updated("hub", hubId, required ? "二要素認証を必須にしました" : "二要素認証を任意にしました");
		if (required) {
			Set<Long> enrolled = secondFactors.enrolledIn(hubId);
			for (UserAccount account : accounts.findByHubIdOrderByDisplayName(hubId)) {
				if (account.getId() != managerId && account.getRole().handlesPersonalData()
						&& !enrolled.contains(account.getId())) {
					account.endSessions();
					sessions.endAll(account.getEmail());
				}
			}
		}
		accounts.flush();
		UserAccount manager = accounts.findById(managerId).orElseThrow();
		return policy.principal(manager);
	}

	/**
	 * A hub manager resets the second factor of an account of their hub (another hub's
	 * account: not found).
	 */
	void resetInHub(long hubId, long userId) {
		reset(accounts.findByIdAndHubId(userId, hubId).orElseThrow(() -> new RecordNotFoundException("user", userId)),
				"拠点の管理者が二要素認証をリセットしました");
	}

	/** The system admin resets anyone's second factor, found by e-mail address. */
	boolean resetByAdmin(String email) {
		Optional<UserAccount> account = accounts.findByEmail(email.strip());
		account.ifPresent(a -> reset(a, "システム管理者が二要素認証をリセットしました"));
		return account.isPresent();
	}

	/**
	 * The app, the recovery codes and the passkeys go (the lost phone may hold one), and
	 * so do the person's sessions: they sign in and enrol again.
	 */
	private void reset(UserAccount account, String summary) {
		secondFactors.remove(account.getId());
		int removedPasskeys = passkeys.removeAll(account.getId());
		if (removedPasskeys > 0) {
			audit.recordIn(account.getHubId(), AuditAction.DELETE, "passkey", account.getId(),
					"二要素認証のリセットでパスキー " + removedPasskeys + " 件を削除しました (" + account.getEmail() + ")");
		}
		account.endSessions();
		audit.recordIn(account.getHubId(), AuditAction.DELETE, "two_factor", account.getId(),
				summary + " (" + account.getEmail() + ")");
		accounts.flush();
		sessions.endAll(account.getEmail());
	}

}
