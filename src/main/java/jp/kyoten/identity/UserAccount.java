package jp.kyoten.identity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "user_account")
class UserAccount {

	static final int MAX_FAILED_ATTEMPTS = 5;

	static final Duration LOCKOUT = Duration.ofMinutes(15);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "hub_id")
	private Long hubId;

	/** The recruitment agency an AGENCY_USER acts for. */
	@Column(name = "agency_id")
	private Long agencyId;

	private String email;

	@Column(name = "display_name")
	private String displayName;

	@Column(name = "password_hash")
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled = true;

	@Column(name = "failed_attempts")
	private int failedAttempts;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "last_sign_in_at")
	private Instant lastSignInAt;

	@Column(name = "password_changed_at")
	private Instant passwordChangedAt = Instant.now();

	/**
	 * Counted up whenever access is taken away or credentials change; sessions of an
	 * older version are ended.
	 */
	@Column(name = "access_version")
	private int accessVersion;

	@Version
	private int version;

	protected UserAccount() {
	}

	UserAccount(Long hubId, String email, String displayName, String passwordHash, Role role) {
		if (role.belongsToHub() != (hubId != null)) {
			throw new IllegalArgumentException("role " + role + " and hub " + hubId + " do not fit");
		}
		this.hubId = hubId;
		this.email = email.trim().toLowerCase(java.util.Locale.ROOT);
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
	}

	static UserAccount forAgency(long hubId, long agencyId, String email, String displayName, String passwordHash) {
		UserAccount account = new UserAccount(hubId, email, displayName, passwordHash, Role.AGENCY_USER);
		account.agencyId = agencyId;
		return account;
	}

	boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
		this.passwordChangedAt = Instant.now();
		this.accessVersion++;
	}

	/**
	 * A wrong password or code. A lock that has run out starts the count over; the
	 * {@link #MAX_FAILED_ATTEMPTS}th failure in a row (or one more while locked) locks
	 * the account for {@link #LOCKOUT} from now.
	 */
	void recordFailedAttempt(Instant now) {
		if (lockedUntil != null && !lockedUntil.isAfter(now)) {
			this.failedAttempts = 1;
			this.lockedUntil = null;
			return;
		}
		if (failedAttempts + 1 >= MAX_FAILED_ATTEMPTS) {
			this.lockedUntil = now.plus(LOCKOUT);
		}
		this.failedAttempts++;
	}

	/** A complete sign-in: the failures counted start over and a lock ends. */
	void signedIn(Instant now) {
		this.failedAttempts = 0;
		this.lockedUntil = null;
		this.lastSignInAt = now;
	}

	/**
	 * The enrolment of an app completes a sign-in: the failures counted since the
	 * password start over (a lock set meanwhile stays).
	 */
	void enrolledSecondFactor(Instant now) {
		this.failedAttempts = 0;
		this.lastSignInAt = now;
	}

	void clearFailedAttempts() {
		this.failedAttempts = 0;
	}

	void unlock() {
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

	void disable() {
		if (enabled) {
			this.accessVersion++;
		}
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	void update(String displayName, Role role) {
		if ((role == Role.AGENCY_USER) != (agencyId != null)) {
			throw new IllegalArgumentException("only accounts issued for an agency act for one");
		}
		if (role.belongsToHub() != (hubId != null)) {
			throw new IllegalArgumentException("role " + role + " does not fit this account");
		}
		this.displayName = displayName;
		if (role != this.role) {
			this.accessVersion++;
		}
		this.role = role;
	}

	/** Whether {@link #update} with this role takes effect on the person's sessions. */
	boolean changesRole(Role role) {
		return role != this.role;
	}

	/**
	 * The principal of a sign-in; {@link SecondFactorPolicy} says whether it needs a
	 * second factor.
	 */
	KyotenUser toPrincipal(boolean secondFactorRequired) {
		return new KyotenUser(id, hubId, email, displayName, role, agencyId, passwordHash, enabled, lockedUntil,
				accessVersion, secondFactorRequired);
	}

	/**
	 * Ends the sessions signed in before now (their access version is older): the hub's
	 * second factor was turned on and this account has none yet, or the account's second
	 * factor was reset.
	 */
	void endSessions() {
		this.accessVersion++;
	}

	Long getId() {
		return id;
	}

	Long getHubId() {
		return hubId;
	}

	String getEmail() {
		return email;
	}

	String getDisplayName() {
		return displayName;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	Role getRole() {
		return role;
	}

	boolean isEnabled() {
		return enabled;
	}

	int getFailedAttempts() {
		return failedAttempts;
	}

	Instant getLockedUntil() {
		return lockedUntil;
	}

	Instant getLastSignInAt() {
		return lastSignInAt;
	}

}
