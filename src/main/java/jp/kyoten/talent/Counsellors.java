package jp.kyoten.talent;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.identity.CurrentUser;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.identity.StaffMember;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * The counselling permission (キャリアカウンセラー): the staff the hub manager names as those who
 * counsel talent. Only they see a foreign talent's nationality, residence status and
 * Japanese level — on pages, in the API and in exports.
 */
@Service
@Transactional
public class Counsellors {

	/** A member of staff and whether they hold the permission. */
	public record Member(long userId, String name, String role, boolean counsellor) {
	}

	private final JdbcClient jdbc;

	private final UserAccounts accounts;

	private final AuditTrail audit;

	Counsellors(JdbcClient jdbc, UserAccounts accounts, AuditTrail audit) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.audit = audit;
	}

	/**
	 * Whether the signed-in user holds the counselling permission in the hub in scope.
	 */
	@Transactional(readOnly = true)
	public boolean mayCounsel() {
		return CurrentUser.get().map(u -> holds(u.userId())).orElse(false);
	}

	/**
	 * @throws AccessDeniedException without the counselling permission (403)
	 */
	void require() {
		if (!mayCounsel()) {
			throw new AccessDeniedException("counselling permission");
		}
	}

	@Transactional(readOnly = true)
	boolean holds(long userId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM talent_counsellor WHERE user_id = ?)")
			.param(userId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The hub's staff (managers, sub-managers, coordinators) with the permission marked.
	 */
	@Transactional(readOnly = true)
	public List<Member> members() {
		long hubId = HubScope.require();
		List<Long> holders = jdbc.sql("SELECT user_id FROM talent_counsellor").query(Long.class).list();
		return accounts.membersOf(hubId)
			.stream()
			.filter(StaffMember::enabled)
			.filter(m -> m.role().name().equals("HUB_MANAGER") || m.role().name().equals("SUB_MANAGER")
					|| m.role().name().equals("COORDINATOR"))
			.map(m -> new Member(m.id(), m.displayName(), m.role().name(), holders.contains(m.id())))
			.toList();
	}

	/**
	 * @throws BusinessRuleException {@code counsellor.notStaff} for someone who is not
	 * staff of the hub
	 */
	public void grant(long userId) {
		long hubId = HubScope.require();
		StaffMember member = accounts.memberOf(hubId, userId)
			.filter(m -> members().stream().anyMatch(x -> x.userId() == m.id()))
			.orElseThrow(() -> new BusinessRuleException("counsellor.notStaff"));
		int added = jdbc.sql("""
				INSERT INTO talent_counsellor (hub_id, user_id, granted_by) VALUES (?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(hubId, userId, CurrentUser.get().map(KyotenUser::userId).orElse(null))
			.update();
		if (added > 0) {
			audit.updated("talent_counsellor", userId, member.displayName() + " にカウンセリング権限を付与");
		}
	}

	public void revoke(long userId) {
		int removed = jdbc.sql("DELETE FROM talent_counsellor WHERE user_id = ?").param(userId).update();
		if (removed > 0) {
			audit.updated("talent_counsellor", userId, "カウンセリング権限を解除");
		}
	}

}
