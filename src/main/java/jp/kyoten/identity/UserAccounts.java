package jp.kyoten.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.web.ListConditions;
import jp.kyoten.platform.web.ListPage;
import jp.kyoten.platform.web.ListQuery;
import jp.kyoten.platform.web.ListRequest;
import jp.kyoten.platform.web.ListSorting;

/**
 * Accounts: created by a hub manager for their hub (or by the system admin), changed by
 * their owner. The identity tables carry no row-level security (sign-in must find a user
 * before any hub is known), so every lookup here is scoped to the caller's hub
 * explicitly.
 */
@Service
@Transactional
public class UserAccounts {

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final AuditTrail audit;

	private final AccountSessions sessions;

	private final ApplicationEventPublisher events;

	private final SecondFactorPolicy secondFactor;

	private final JdbcClient jdbc;

	UserAccounts(UserAccountRepository accounts, PasswordEncoder encoder, AuditTrail audit, AccountSessions sessions,
			ApplicationEventPublisher events, SecondFactorPolicy secondFactor, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.encoder = encoder;
		this.audit = audit;
		this.sessions = sessions;
		this.events = events;
		this.secondFactor = secondFactor;
	}

	private void changed(UserAccount account) {
		if (account.getHubId() != null) {
			events.publishEvent(new AccountChanged(account.getHubId(), account.getId()));
		}
	}

	/**
	 * For start-up seeding and the system admin: creates an account unless its e-mail is
	 * taken.
	 */
	public Optional<Long> createIfAbsent(Long hubId, String email, String displayName, Role role, String password) {
		if (accounts.existsByEmail(email)) {
			return Optional.empty();
		}
		UserAccount account = accounts.save(new UserAccount(hubId, email, displayName, encoder.encode(password), role));
		changed(account);
		return Optional.of(account.getId());
	}

	/**
	 * An account for a person at a registered recruitment agency: it sees only what was
	 * handed to that agency. For the agency module (issuing accounts) and start-up
	 * seeding; {@code password} must meet the policy unless seeded.
	 */
	public Optional<Long> createAgencyUserIfAbsent(long hubId, long agencyId, String email, String displayName,
			String password) {
		if (accounts.existsByEmail(email)) {
			return Optional.empty();
		}
		UserAccount account = accounts
			.save(UserAccount.forAgency(hubId, agencyId, email, displayName, encoder.encode(password)));
		return Optional.of(account.getId());
	}

	/**
	 * As {@link #createAgencyUserIfAbsent}, for a manager issuing the account: refuses a
	 * taken e-mail or weak password.
	 */
	public long createAgencyUser(long hubId, long agencyId, String email, String displayName, String password) {
		if (accounts.existsByEmail(email)) {
			throw new BusinessRuleException("account.email.taken", email);
		}
		PasswordPolicy.violation(password, email).ifPresent(v -> {
			throw new BusinessRuleException(v, PasswordPolicy.MIN);
		});
		UserAccount account = accounts
			.save(UserAccount.forAgency(hubId, agencyId, email, displayName, encoder.encode(password)));
		audit.created("user", account.getId(), email + " (" + Role.AGENCY_USER + "、人材事業者 " + agencyId + ")");
		return account.getId();
	}

	long create(Long hubId, String email, String displayName, Role role, String password) {
		if (accounts.existsByEmail(email)) {
			throw new BusinessRuleException("account.email.taken", email);
		}
		PasswordPolicy.violation(password, email).ifPresent(v -> {
			throw new BusinessRuleException(v, PasswordPolicy.MIN);
		});
		UserAccount account = accounts.save(new UserAccount(hubId, email, displayName, encoder.encode(password), role));
		audit.created("user", account.getId(), email + " (" + role + ")");
		changed(account);
		return account.getId();
	}

	/**
	 * An account of a body above the hubs, as the system admin's page of national readers
	 * lists it.
	 */
	public record ReaderAccount(long id, String email, String displayName, Role role, Long hubId, boolean enabled) {
	}

	/**
	 * For the system admin (the national module's page of national readers): an account
	 * of role NATIONAL_VIEWER (no hub) or PREFECTURE_OFFICER (of {@code hubId}); refuses
	 * a taken e-mail or a weak password; audited as every account.
	 */
	public long createReader(Long hubId, String email, String displayName, Role role, String password) {
		if (role != Role.NATIONAL_VIEWER && role != Role.PREFECTURE_OFFICER) {
			throw new BusinessRuleException("account.reader.role", role);
		}
		if (role == Role.PREFECTURE_OFFICER && hubId == null) {
			throw new BusinessRuleException("account.reader.hub");
		}
		return create(role == Role.NATIONAL_VIEWER ? null : hubId, email, displayName, role, password);
	}

	/**
	 * Every NATIONAL_VIEWER and PREFECTURE_OFFICER account, by role and name: one query.
	 */
	@Transactional(readOnly = true)
	public List<ReaderAccount> readers() {
		return jdbc.sql("""
				SELECT id, email, display_name, role, hub_id, enabled FROM user_account
				 WHERE role IN ('NATIONAL_VIEWER', 'PREFECTURE_OFFICER') ORDER BY role, display_name, id""")
			.query((rs, n) -> new ReaderAccount(rs.getLong(1), rs.getString(2), rs.getString(3),
					Role.valueOf(rs.getString(4)), rs.getObject(5, Long.class), rs.getBoolean(6)))
			.list();
	}

	/** The accounts issued for one agency of the hub, by name. */
	@Transactional(readOnly = true)
	public List<AccountView> actingFor(long hubId, long agencyId) {
		return accounts.findByHubIdAndAgencyIdOrderByDisplayName(hubId, agencyId)
			.stream()
			.map(AccountView::of)
			.toList();
	}

	/**
	 * Every account of the hub, enabled or not, by name; for other modules that show or
	 * pick people.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
	public List<StaffMember> membersOf(long hubId) {
		// four columns by plain JDBC: the list pages' staff filters ask for this on every
		// request, and loading the
		// accounts as entities (and their persistence context) was a tenth of
		// /consultations (issue 22)
		return jdbc
			.sql("SELECT id, display_name, role, enabled FROM user_account WHERE hub_id = ? ORDER BY display_name, id")
			.param(hubId)
			.query((rs, n) -> new StaffMember(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3)),
					rs.getBoolean(4)))
			.list();
	}

	/** The account if it belongs to the hub. */
	@Transactional(readOnly = true)
	public Optional<StaffMember> memberOf(long hubId, long userId) {
		return accounts.findByIdAndHubId(userId, hubId).map(UserAccounts::member);
	}

	/**
	 * The e-mail address of an enabled account of the hub, for mail sent to it (the
	 * morning digest).
	 */
	@Transactional(readOnly = true)
	public Optional<String> emailOf(long hubId, long userId) {
		return accounts.findByIdAndHubId(userId, hubId).filter(UserAccount::isEnabled).map(UserAccount::getEmail);
	}

	private static StaffMember member(UserAccount a) {
		return new StaffMember(a.getId(), a.getDisplayName(), a.getRole(), a.isEnabled());
	}

	/**
	 * The orders of the account list (indexes of V260): by name, the list's order since
	 * it began; by e-mail, by role, or by the last sign-in, latest first.
	 */
	static final ListSorting SORTING = ListSorting.by("name", "id")
		.key("name", "display_name")
		.key("email", "lower(email)")
		.key("role", "role")
		.dateKey("signIn", "coalesce(last_sign_in_at, '-infinity'::timestamptz)");

	/**
	 * One page of the hub's accounts. user_account has no row-level security (the system
	 * admin has no hub), so the hub is a condition here; {@code text} searches the name
	 * and the e-mail address.
	 */
	@Transactional(readOnly = true)
	ListPage<AccountView> page(long hubId, String text, ListRequest request, String baseUrl) {
		return ListQuery.page(jdbc, VIEW_SELECT, "FROM user_account", where(hubId, text), SORTING, request, baseUrl,
				UserAccounts::view);
	}

	/**
	 * Every account the list's search keeps, in the list's order, streamed for the list
	 * export.
	 */
	void eachAsListed(long hubId, String text, ListRequest request, java.util.function.Consumer<AccountView> each) {
		ListQuery.each(jdbc, VIEW_SELECT, where(hubId, text), SORTING, request, UserAccounts::view, each);
	}

	private static final String VIEW_SELECT = """
			SELECT id, email, display_name, role, enabled, coalesce(locked_until > now(), false) AS locked,
			       last_sign_in_at
			  FROM user_account""";

	private static ListConditions where(long hubId, String text) {
		return ListConditions.where().and("hub_id = ?", hubId).containing(text, "display_name", "email");
	}

	private static AccountView view(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new AccountView(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), rs.getBoolean("locked"),
				java.util.Optional.ofNullable(rs.getTimestamp("last_sign_in_at"))
					.map(java.sql.Timestamp::toInstant)
					.orElse(null));
	}

	@Transactional(readOnly = true)
	UserAccount inHub(long hubId, long id) {
		return accounts.findByIdAndHubId(id, hubId).orElseThrow(() -> new RecordNotFoundException("user", id));
	}

	void update(long hubId, long id, String displayName, Role role) {
		UserAccount account = inHub(hubId, id);
		boolean newRole = account.changesRole(role);
		account.update(displayName, role);
		audit.updated("user", id, displayName + " (" + role + ")");
		changed(account);
		if (newRole) {
			sessions.endAll(account.getEmail());
		}
	}

	void setEnabled(long hubId, long id, boolean enabled, long actingUserId) {
		if (id == actingUserId && !enabled) {
			throw new BusinessRuleException("account.cannotDisableSelf");
		}
		UserAccount account = inHub(hubId, id);
		if (enabled) {
			account.enable();
		}
		else {
			account.disable();
			sessions.endAll(account.getEmail());
		}
		audit.updated("user", id, enabled ? "有効化" : "無効化");
		changed(account);
	}

	void unlock(long hubId, long id) {
		inHub(hubId, id).unlock();
		audit.updated("user", id, "ロック解除");
	}

	void resetPassword(long hubId, long id, String newPassword) {
		UserAccount account = inHub(hubId, id);
		PasswordPolicy.violation(newPassword, account.getEmail()).ifPresent(v -> {
			throw new BusinessRuleException(v, PasswordPolicy.MIN);
		});
		account.changePassword(encoder.encode(newPassword));
		account.unlock();
		audit.updated("user", id, "管理者がパスワードを再設定");
		sessions.endAll(account.getEmail());
	}

	/**
	 * Changes the signed-in person's password and signs them out of every other session
	 * (a thief's among them).
	 * @param currentSessionId the session that stays signed in
	 * @return the principal to keep in that session, carrying the new access version
	 */
	KyotenUser changeOwnPassword(long userId, String current, String newPassword, String currentSessionId) {
		UserAccount account = accounts.findById(userId).orElseThrow(() -> new RecordNotFoundException("user", userId));
		if (!encoder.matches(current, account.getPasswordHash())) {
			throw new BusinessRuleException("password.currentWrong");
		}
		PasswordPolicy.violation(newPassword, account.getEmail()).ifPresent(v -> {
			throw new BusinessRuleException(v, PasswordPolicy.MIN);
		});
		account.changePassword(encoder.encode(newPassword));
		audit.updated("user", userId, "パスワードを変更");
		sessions.endAllBut(account.getEmail(), currentSessionId);
		accounts.flush();
		return secondFactor.principal(account);
	}

}
