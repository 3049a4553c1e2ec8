package jp.kyoten.matching;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a need's status changes to talent_need_status_history, in the transaction of the
 * change.
 */
@Component
class NeedHistory {

	private final JdbcClient jdbc;

	NeedHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void write(TalentNeed need, String actor) {
		List<TalentNeed.StatusChange> changes = need.takeChanges();
		for (TalentNeed.StatusChange c : changes) {
			jdbc.sql("""
					INSERT INTO talent_need_status_history (hub_id, need_id, from_status, to_status, reason, changed_by)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(need.getHubId(), need.getId(), c.from() == null ? null : c.from().name(), c.to().name(),
						c.reason(), actor)
				.update();
		}
	}

}
