package jp.kyoten.platform;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletException;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The JDBC session store as a page request should meet it: one read, and a write only
 * when the session changed.
 * <p>
 * Spring Session marks a session changed on every request (its last access time), so
 * every page rewrote its session row; and having written it, the session filter reads it
 * back to tell whether the requested id is still valid. Here the last access time is
 * written only when the session is written for another reason or when the stored time is
 * {@linkplain #touchInterval older than a minute} (a tenth of the timeout for short
 * ones): a session therefore times out between 29 and 30 minutes after its last request
 * instead of exactly 30.
 * <p>
 * Spring Session forgets the session it read when it saves it, which it does as soon as
 * the response is committed (a page larger than the response buffer commits while it is
 * still being rendered); whatever then asks for the session (the CSRF token, the
 * signed-in user) made it read the row again, and once more to tell whether the requested
 * id was valid. Within one request ({@link #duringRequest}) a session is read once and
 * then answered from the request's own copy, which that request's writes keep current.
 * <p>
 * A write (the session row and its attributes) is one transaction; a read or a deletion
 * is one statement, run without one.
 */
final class SparingSessionRepository implements FindByIndexNameSessionRepository<SparingSessionRepository.Sparing> {

	private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

	/**
	 * The sessions the current request has read or written, by id; none outside a
	 * request.
	 */
	private static final ThreadLocal<Map<String, Sparing>> REQUEST = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<Session> store;

	private final TransactionOperations writes;

	@SuppressWarnings("unchecked")
	SparingSessionRepository(FindByIndexNameSessionRepository<? extends Session> store, TransactionOperations writes) {
		this.store = (FindByIndexNameSessionRepository<Session>) store;
		this.writes = writes;
	}

	@Override
	public Sparing createSession() {
		return new Sparing(store.createSession(), true);
	}

	@Override
	public void save(Sparing session) {
		if (session.needsWrite()) {
			writes.executeWithoutResult(tx -> store.save(session.stored));
			session.written();
		}
		Map<String, Sparing> read = REQUEST.get();
		if (read != null) {
			// under its new id only, once the id changed (sign-in)
			read.values().removeIf(s -> s == session);
		}
		remember(session.getId(), session);
	}

	@Override
	public Sparing findById(String id) {
		Map<String, Sparing> read = REQUEST.get();
		if (read != null && read.containsKey(id)) {
			return read.get(id);
		}
		Session stored = store.findById(id);
		Sparing session = stored == null ? null : new Sparing(stored, false);
		remember(id, session);
		return session;
	}

	@Override
	public void deleteById(String id) {
		store.deleteById(id);
		remember(id, null);
	}

	/**
	 * Runs a request with its own memory of the sessions it reads; a nested call joins
	 * the outer one.
	 */
	static void duringRequest(RequestWork work) throws IOException, ServletException {
		if (REQUEST.get() != null) {
			work.run();
			return;
		}
		REQUEST.set(new HashMap<>());
		try {
			work.run();
		}
		finally {
			REQUEST.remove();
		}
	}

	interface RequestWork {

		void run() throws IOException, ServletException;

	}

	private static void remember(String id, Sparing session) {
		Map<String, Sparing> read = REQUEST.get();
		if (read != null) {
			read.put(id, session);
		}
	}

	@Override
	public Map<String, Sparing> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, Sparing> found = new LinkedHashMap<>();
		store.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> found.put(id, new Sparing(session, false)));
		return found;
	}

	/** The JDBC store behind. */
	FindByIndexNameSessionRepository<Session> store() {
		return store;
	}

	/**
	 * How old the stored last access time may grow before a request that changed nothing
	 * else writes it.
	 */
	static Duration touchInterval(Duration maxInactive) {
		Duration tenth = maxInactive.dividedBy(10);
		return maxInactive.isNegative() || maxInactive.isZero() || tenth.compareTo(TOUCH_INTERVAL) > 0 ? TOUCH_INTERVAL
				: tenth;
	}

	/** A session that holds back its last access time until it is worth writing. */
	static final class Sparing implements Session {

		private final Session stored;

		private boolean changed;

		private Instant lastAccessed;

		private Sparing(Session stored, boolean changed) {
			this.stored = stored;
			this.changed = changed;
		}

		boolean needsWrite() {
			if (lastAccessed != null && (changed || !lastAccessed
				.isBefore(stored.getLastAccessedTime().plus(touchInterval(stored.getMaxInactiveInterval()))))) {
				stored.setLastAccessedTime(lastAccessed);
				changed = true;
			}
			return changed;
		}

		void written() {
			changed = false;
			lastAccessed = null;
		}

		@Override
		public String getId() {
			return stored.getId();
		}

		@Override
		public String changeSessionId() {
			changed = true;
			return stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			changed = true;
			stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			changed = true;
			stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return stored.getCreationTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			this.lastAccessed = lastAccessedTime;
		}

		@Override
		public Instant getLastAccessedTime() {
			return lastAccessed != null ? lastAccessed : stored.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			changed = true;
			stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return stored.isExpired();
		}

	}

}
