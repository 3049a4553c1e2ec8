package jp.kyoten.identity;

import java.io.Serial;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * A code typed on the second-factor page, before it is checked: the e-mail address of the
 * person signed in with their password and the code.
 * {@link SecondFactorAuthenticationProvider} answers with the authenticated person.
 */
final class SecondFactorToken extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Object principal;

	private String code;

	private SecondFactorToken(String email, String code) {
		super(List.<GrantedAuthority>of());
		this.principal = email;
		this.code = code;
		setAuthenticated(false);
	}

	static SecondFactorToken unauthenticated(String email, String code) {
		return new SecondFactorToken(email, code);
	}

	@Override
	public Object getCredentials() {
		return code;
	}

	@Override
	public Object getPrincipal() {
		return principal;
	}

	@Override
	public void eraseCredentials() {
		super.eraseCredentials();
		this.code = null;
	}

}
