package jp.kyoten.directory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import jp.kyoten.platform.tenancy.Actor;

/** Who to name in created_by / updated_by: the signed-in user's e-mail, or "system" for seeding and imports. */
final class CurrentActor {

	private CurrentActor() {
	}

	static String email() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof Actor actor ? actor.email() : "system";
	}

}
