package jp.kyoten.platform.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The hub whose rows the current thread may see. For web requests {@link HubScopeFilter}
 * sets it from the signed-in user; work without a user (start-up seeding, background
 * jobs, public portal requests) names its hub with {@link #runAs}. It is a plain
 * thread-local on purpose: the data source reads it while borrowing a connection, and
 * must not wake Spring Security's lazily loaded context, which itself needs a connection.
 */
public final class HubScope {

	private static final ThreadLocal<Long> CURRENT = new ThreadLocal<>();

	private static final ThreadLocal<Long> AGENCY = new ThreadLocal<>();

	private static final ThreadLocal<String> ACROSS_HUBS = new ThreadLocal<>();

	private HubScope() {
	}

	public static Optional<Long> current() {
		return Optional.ofNullable(CURRENT.get());
	}

	/** The agency an agency user acts for; empty for staff and background work. */
	public static Optional<Long> currentAgency() {
		return Optional.ofNullable(AGENCY.get());
	}

	public static long require() {
		return current().orElseThrow(() -> new IllegalStateException("No hub in scope"));
	}

	public static void runAs(long hubId, Runnable work) {
		callAs(hubId, () -> {
			work.run();
			return null;
		});
	}

	public static <T> T callAs(Long hubId, Supplier<T> work) {
		try (Entered entered = enter(hubId)) {
			return work.get();
		}
	}

	/**
	 * Puts a hub in scope until the returned handle is closed; for code that cannot pass
	 * a lambda.
	 */
	public static Entered enter(Long hubId) {
		return enter(hubId, null);
	}

	/**
	 * Puts a hub and, for an agency user, the agency in scope until the returned handle
	 * is closed.
	 */
	public static Entered enter(Long hubId, Long agencyId) {
		Long previous = CURRENT.get();
		Long previousAgency = AGENCY.get();
		set(CURRENT, hubId);
		set(AGENCY, agencyId);
		return () -> {
			set(CURRENT, previous);
			set(AGENCY, previousAgency);
		};
	}

	/**
	 * The published read of every hub's rows that the current thread may use, when it has
	 * no hub in scope ({@code "directory"}: the system administrator's search of the
	 * directory across hubs); empty otherwise.
	 */
	public static Optional<String> acrossHubs() {
		return Optional.ofNullable(ACROSS_HUBS.get());
	}

	/**
	 * Runs work that reads one module's across-hubs view (V281
	 * {@code company_across_hubs} for {@code "directory"}): only without a hub in scope,
	 * so that no hub's user can reach it, and the view is empty on every other
	 * connection.
	 */
	public static <T> T callAcrossHubs(String read, Supplier<T> work) {
		if (current().isPresent() || currentAgency().isPresent()) {
			throw new IllegalStateException("A hub is in scope; the across-hubs read is for users of no hub");
		}
		String previous = ACROSS_HUBS.get();
		ACROSS_HUBS.set(java.util.Objects.requireNonNull(read));
		try {
			return work.get();
		}
		finally {
			if (previous == null) {
				ACROSS_HUBS.remove();
			}
			else {
				ACROSS_HUBS.set(previous);
			}
		}
	}

	public interface Entered extends AutoCloseable {

		@Override
		void close();

	}

	private static void set(ThreadLocal<Long> local, Long id) {
		if (id == null) {
			local.remove();
		}
		else {
			local.set(id);
		}
	}

}
