package jp.kyoten.identity;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import jp.kyoten.platform.tenancy.Actor;

/**
 * The signed-in user as Spring Security and the data layer see it; kept in the (JDBC)
 * session.
 */
public final class KyotenUser implements UserDetails, CredentialsContainer, Actor {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final Long hubId;

	private final String email;

	private final String displayName;

	private final Role role;

	private final Long agencyId;

	private String passwordHash;

	private final boolean enabled;

	private final Instant lockedUntil;

	/**
	 * The account's access version at sign-in; null in a session written before versions
	 * existed (stale).
	 */
	private final Integer accessVersion;

	/**
	 * Whether this person's sign-in needs a second factor (their hub requires it, or they
	 * enrolled one): decided at sign-in, and whenever the requirement changes their
	 * sessions are ended or renewed.
	 */
	private final boolean secondFactorRequired;

	KyotenUser(long id, Long hubId, String email, String displayName, Role role, Long agencyId, String passwordHash,
			boolean enabled, Instant lockedUntil, int accessVersion, boolean secondFactorRequired) {
		this.accessVersion = accessVersion;
		this.secondFactorRequired = secondFactorRequired;
		this.id = id;
		this.agencyId = agencyId;
		this.hubId = hubId;
		this.email = email;
		this.displayName = displayName;
		this.role = role;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.lockedUntil = lockedUntil;
	}

	@Override
	public long userId() {
		return id;
	}

	@Override
	public Long hubId() {
		return hubId;
	}

	@Override
	public String email() {
		return email;
	}

	@Override
	public Long agencyId() {
		return agencyId;
	}

	/** Whether the account still grants what this principal was signed in with. */
	boolean grantedBy(int currentAccessVersion) {
		return accessVersion != null && accessVersion == currentAccessVersion;
	}

	public boolean secondFactorRequired() {
		return secondFactorRequired;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isAccountNonLocked() {
		return lockedUntil == null || lockedUntil.isBefore(Instant.now());
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof KyotenUser other && other.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return "KyotenUser[" + id + ", " + role + "]";
	}

}
