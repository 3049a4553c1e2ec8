package jp.kyoten.platform.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * Seeds one capability's demo records into a demo hub; a module that has demo rows
 * implements it itself (package-private, as a {@code @Component}), so that nothing of the
 * module turns public for the demo's sake. A seed that needs another module's rows reads
 * them through that module's published API or finds them by a natural key (an agency by
 * its name), never by a constant of the other module's seed. The demo module calls every
 * implementation for each demo hub on the first start in demo mode only, with the hub in
 * scope and inside a transaction, in {@code @Order}: directory 10, institution 20, agency
 * 25, schedule 30, matching 40 (it needs the companies, institutions and registered
 * agencies), activity 50 (the appointments and consultations), finance 60, privacy 70,
 * talent 90, portal 100, events 110, national 1000 (its viewers and figures, last). The
 * national level's other hubs (a Pro hub in every other prefecture, the よろず hubs) get
 * compact activity through {@link #seedCompact}, in the same order, written in bulk by
 * the owning module (ADR 249). Once every hub has its rows, {@link #seedLast} lets a
 * module add what spans them — the accounts it owns and its figures — so that the demo
 * module needs no type of theirs. A seed implements any of the methods.
 */
public interface DemoSeed {

	/**
	 * @param hubId the demo hub, also in scope
	 * @param prefectureCode the hub's prefecture ("43": the Kumamoto hub, which has most
	 * of the demo rows)
	 * @param count how many companies the demo asks per hub
	 */
	default void seed(long hubId, String prefectureCode, int count) {
	}

	/**
	 * One of the national level's other hubs, in scope and inside its transaction: a
	 * fiscal year and a half of compact activity, a few statements per hub.
	 * @param hubId the hub, also in scope
	 * @param prefectureCode its prefecture
	 * @param from the first day (1 April of the previous fiscal year)
	 * @param today the last day
	 */
	default void seedCompact(long hubId, String prefectureCode, LocalDate from, LocalDate today) {
	}

	/**
	 * Once, after every hub has its rows (the demo hubs' and the national level's), in
	 * the same order: the accounts a module owns for the demo (the Kumamoto hub's agency
	 * user, the national bodies' viewers) and its figures over all hubs (the national
	 * figures). Runs with no hub in scope and outside a transaction: the seed opens its
	 * own.
	 * @param password the demo logins' password
	 */
	default void seedLast(String password) {
	}

	/** The logins {@link #seedLast} creates, for the console on every start. */
	default List<DemoLogin> logins() {
		return List.of();
	}

}
