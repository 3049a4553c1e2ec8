package jp.kyoten.platform.tenancy;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting, read in one place: the signed-in principal (a person's session, an API
 * token, or the user a background run acts for) as an {@link Actor}, or nobody for
 * seeding, scheduled jobs and the public site. A web handler takes it as an argument
 * ({@code @AuthenticationPrincipal Actor}, or the identity module's {@code KyotenUser}
 * when it needs the role); a use case, an audit column or the audit trail asks here. JPA
 * aggregates get their {@code created_by}/{@code updated_by} from it through Spring Data
 * auditing ({@link ActingUserAuditing}).
 */
public final class ActingUser {

	/**
	 * What {@code created_by}/{@code updated_by} say when nobody is signed in (seeding,
	 * imports, jobs).
	 */
	public static final String SYSTEM = "system";

	private ActingUser() {
	}

	/** The acting principal, if someone is signed in. */
	public static Optional<Actor> current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof Actor actor ? Optional.of(actor) : Optional.empty();
	}

	/**
	 * The acting principal as {@code type} (the identity module's own principal), if it
	 * is one.
	 */
	public static <T extends Actor> Optional<T> current(Class<T> type) {
		return current().filter(type::isInstance).map(type::cast);
	}

	/**
	 * The name an audit column gives the actor: the e-mail address, or {@link #SYSTEM}.
	 */
	public static String email() {
		return current().map(Actor::email).orElse(SYSTEM);
	}

	/** The acting user's id, or {@code null} when nobody is signed in. */
	public static Long userId() {
		return current().map(Actor::userId).orElse(null);
	}

}
