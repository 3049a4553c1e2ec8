package jp.kyoten.audit;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jp.kyoten.platform.tenancy.ActingUser;
import jp.kyoten.platform.tenancy.Actor;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * Writes the audit log: who did what to which record, in which hub, from which address.
 * Called inside the transaction of the change it records, so a change and its audit entry
 * land together or not at all.
 */
@Component
public class AuditTrail {

	private final JdbcClient jdbc;

	AuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void viewed(String entityType, Object id, String summary) {
		record(AuditAction.VIEW, entityType, id, summary);
	}

	public void created(String entityType, Object id, String summary) {
		record(AuditAction.CREATE, entityType, id, summary);
	}

	public void updated(String entityType, Object id, String summary) {
		record(AuditAction.UPDATE, entityType, id, summary);
	}

	public void deleted(String entityType, Object id, String summary) {
		record(AuditAction.DELETE, entityType, id, summary);
	}

	public void record(AuditAction action, String entityType, Object id, String summary) {
		Optional<Actor> actor = ActingUser.current();
		insert(action, actor.map(Actor::hubId).orElseGet(() -> HubScope.current().orElse(null)),
				actor.map(Actor::userId).orElse(null), actor.map(Actor::email).orElse(null), entityType,
				id == null ? null : String.valueOf(id), summary);
	}

	/**
	 * An entry about a record of a given hub, whoever acts: the system admin, who has no
	 * hub of their own, resetting an account of a hub writes the entry into that hub's
	 * log, where its managers read it.
	 */
	public void recordIn(Long hubId, AuditAction action, String entityType, Object id, String summary) {
		Optional<Actor> actor = ActingUser.current();
		insert(action, hubId, actor.map(Actor::userId).orElse(null), actor.map(Actor::email).orElse(null), entityType,
				id == null ? null : String.valueOf(id), summary);
	}

	/**
	 * Sign-ins are recorded for a user who is not yet, or never, in the security context.
	 */
	public void signIn(Long userId, String email, Long hubId, boolean succeeded, String reason) {
		insert(succeeded ? AuditAction.SIGN_IN : AuditAction.SIGN_IN_FAILED, hubId, userId, email, "user",
				userId == null ? null : String.valueOf(userId), reason);
	}

	public void signOut(Actor actor) {
		insert(AuditAction.SIGN_OUT, actor.hubId(), actor.userId(), actor.email(), "user",
				String.valueOf(actor.userId()), null);
	}

	private void insert(AuditAction action, Long hubId, Long userId, String email, String entityType, String entityId,
			String summary) {
		jdbc.sql("""
				INSERT INTO audit_log (hub_id, actor_user_id, actor_email, action, entity_type, entity_id, summary,
				                       remote_address)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(hubId, userId, truncate(email, 254), action.name(), entityType, entityId, truncate(summary, 500),
					remoteAddress())
			.update();
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
			HttpServletRequest request = attrs.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String truncate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

}
