package jp.kyoten.identity;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jp.kyoten.hub.Hubs;

/**
 * Every page's header names the hub the user works in, and shows the menu once the
 * sign-in is complete.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModelAdvice {

	private final Hubs hubs;

	LayoutModelAdvice(Hubs hubs) {
		this.hubs = hubs;
	}

	@ModelAttribute("currentHubKind")
	String currentHubKind() {
		return CurrentUser.get().map(KyotenUser::hubId).map(hubs::kindOf).map(Enum::name).orElse(null);
	}

	/**
	 * Signed in with the password, the second factor still to come: the menu is not shown
	 * yet.
	 */
	@ModelAttribute("awaitingSecondFactor")
	boolean awaitingSecondFactor() {
		var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		return SecondFactorRequirement.appliesTo(auth)
				&& !SecondFactorRequirement.hasFactor(auth, SecondFactorRequirement.TOTP_AUTHORITY);
	}

	/**
	 * The signed-in person's name for the header, null for none: the layout asks this
	 * instead of {@code sec:authorize="isAuthenticated()"}, which built a security
	 * expression context on every page (a twentieth of the home page's CPU, bench/pages).
	 */
	@ModelAttribute("signedInName")
	String signedInName() {
		return CurrentUser.get().map(KyotenUser::displayName).orElse(null);
	}

	@ModelAttribute("currentHubName")
	String currentHubName() {
		return CurrentUser.get().map(KyotenUser::hubId).map(hubs::nameOf).orElse(null);
	}

}
