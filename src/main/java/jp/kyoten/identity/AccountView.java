package jp.kyoten.identity;

import java.time.Instant;

/** What the account screens show of an account; never the password hash. */
public record AccountView(long id, String email, String displayName, Role role, boolean enabled, boolean locked,
		Instant lastSignInAt) {

	static AccountView of(UserAccount a) {
		return new AccountView(a.getId(), a.getEmail(), a.getDisplayName(), a.getRole(), a.isEnabled(),
				a.isLocked(Instant.now()), a.getLastSignInAt());
	}

}
