package jp.kyoten.matching;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a hand-off's new steps to handoff_progress, in the transaction of the change.
 */
final class ProgressSteps {

	private ProgressSteps() {
	}

	static void write(JdbcClient jdbc, HandOff handOff, String actor) {
		for (HandOff.Step s : handOff.takeSteps()) {
			jdbc.sql("""
					INSERT INTO handoff_progress (hub_id, handoff_id, agency_id, status, note, recorded_by)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(handOff.getHubId(), handOff.getId(), handOff.getAgencyId(), s.status().name(), s.note(), actor)
				.update();
		}
	}

}
