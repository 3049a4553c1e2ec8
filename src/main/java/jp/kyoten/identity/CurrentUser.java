package jp.kyoten.identity;

import java.util.Optional;

import jp.kyoten.platform.tenancy.ActingUser;

/**
 * The signed-in user as this module's principal, for other modules that need more than
 * {@link ActingUser} names (the display name, the role): the same one place, narrowed to
 * a {@link KyotenUser}.
 */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static Optional<KyotenUser> get() {
		return ActingUser.current(KyotenUser.class);
	}

	public static KyotenUser require() {
		return get().orElseThrow(() -> new IllegalStateException("no signed-in user"));
	}

}
