package jp.kyoten.identity;

import org.springframework.security.authorization.AuthorizationManagerFactories.AdditionalRequiredFactorsBuilder;
import org.springframework.security.config.Customizer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * When Spring Security's multi-factor support requires the TOTP factor
 * ({@code @EnableMultiFactorAuthentication(authorities = TOTP_AUTHORITY)} on
 * {@link SecurityConfiguration}): of a person whose sign-in needs a second factor
 * ({@link KyotenUser#secondFactorRequired}), not of anyone else. A call with a personal
 * API token is its own factor ({@code FACTOR_BEARER}: the token was issued from a session
 * that passed the second factor where one is required) and needs no other.
 */
final class SecondFactorRequirement {

	static final String TOTP_AUTHORITY = "FACTOR_TOTP";

	private SecondFactorRequirement() {
	}

	/**
	 * Applies the condition to the factors that {@code @EnableMultiFactorAuthentication}
	 * requires.
	 */
	static Customizer<AdditionalRequiredFactorsBuilder<Object>> onlyWhereRequired() {
		return factors -> factors.when(SecondFactorRequirement::appliesTo);
	}

	/**
	 * A passkey verifies its user on the device (ADR 230): it is the second factor after
	 * a password, and a whole sign-in on its own, so it also stands where the TOTP factor
	 * is required.
	 */
	static boolean appliesTo(Authentication auth) {
		return auth != null && auth.getPrincipal() instanceof KyotenUser user && user.secondFactorRequired()
				&& !hasFactor(auth, FactorGrantedAuthority.BEARER_AUTHORITY)
				&& !hasFactor(auth, FactorGrantedAuthority.WEBAUTHN_AUTHORITY);
	}

	/**
	 * Whether the sign-in proved a second factor: the app's code (or a recovery code), or
	 * a passkey.
	 */
	static boolean provedSecondFactor(Authentication auth) {
		return auth != null
				&& (hasFactor(auth, TOTP_AUTHORITY) || hasFactor(auth, FactorGrantedAuthority.WEBAUTHN_AUTHORITY));
	}

	static boolean hasFactor(Authentication auth, String factor) {
		return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(factor::equals);
	}

}
