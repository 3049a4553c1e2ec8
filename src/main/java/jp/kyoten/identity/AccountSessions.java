package jp.kyoten.identity;

import java.util.Objects;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a person's sessions when their access changes (disabled, another role, a new
 * password): the sessions live in PostgreSQL, indexed by principal name, so every node's
 * sessions are found and deleted at once. What a race or a node's cache lets survive is
 * caught on its next request by {@link SessionAccessFilter}.
 */
@Component
class AccountSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** Signs the person out everywhere. */
	void endAll(String email) {
		endAllBut(email, null);
	}

	/**
	 * Signs the person out everywhere but in the session {@code keep} (the one that
	 * changed their password).
	 */
	void endAllBut(String email, String keep) {
		sessions.findByPrincipalName(email)
			.keySet()
			.stream()
			.filter(id -> !Objects.equals(id, keep))
			.forEach(sessions::deleteById);
	}

}
