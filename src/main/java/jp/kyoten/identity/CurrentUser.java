package jp.kyoten.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user, for other modules that need more than the hub (name, role). */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static Optional<KyotenUser> get() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof KyotenUser user ? Optional.of(user) : Optional.empty();
	}

	public static KyotenUser require() {
		return get().orElseThrow(() -> new IllegalStateException("no signed-in user"));
	}

}
