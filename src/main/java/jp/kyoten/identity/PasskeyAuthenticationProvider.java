package jp.kyoten.identity;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Spring Security's passkey check (webauthn4j verifies the signature, the challenge, the
 * origin, the user verification), whose result is made of the account like every other
 * sign-in: a {@link KyotenUser} principal, so that the data layer, the session's access
 * check and the pages see the same person whichever way they signed in, with the
 * {@code FACTOR_WEBAUTHN} authority and its issue time. A locked or disabled account is
 * refused as with a password. Not a bean: the password's provider stays the application's
 * only global one.
 */
class PasskeyAuthenticationProvider extends WebAuthnAuthenticationProvider {

	private final UserDetailsService users;

	PasskeyAuthenticationProvider(WebAuthnRelyingPartyOperations relyingParty, UserDetailsService users) {
		super(relyingParty, users);
		this.users = users;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		Authentication verified = super.authenticate(authentication);
		PublicKeyCredentialUserEntity entity = (PublicKeyCredentialUserEntity) verified.getPrincipal();
		KyotenUser user = (KyotenUser) users.loadUserByUsername(entity.getName());
		if (!user.isEnabled()) {
			throw new DisabledException("disabled");
		}
		if (!user.isAccountNonLocked()) {
			throw new LockedException("locked");
		}
		user.eraseCredentials();
		List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.WEBAUTHN_AUTHORITY));
		return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
	}

}
