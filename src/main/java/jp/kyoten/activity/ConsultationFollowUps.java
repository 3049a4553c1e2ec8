package jp.kyoten.activity;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.schedule.WorkItem;
import jp.kyoten.schedule.WorkItemSource;

/**
 * Consultations whose follow-up date has come, for the staff member in charge ("my
 * work").
 */
@Component
class ConsultationFollowUps implements WorkItemSource {

	private final JdbcClient jdbc;

	ConsultationFollowUps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkItem> dueFor(long userId, LocalDate today, LocalDate horizon) {
		return jdbc.sql("""
				SELECT c.id, co.name, c.follow_up_on, c.next_action
				FROM consultation c JOIN company co ON co.id = c.company_id
				WHERE c.staff_user_id = ? AND c.follow_up_on <= ? AND NOT c.follow_up_done
				ORDER BY c.follow_up_on, c.id
				LIMIT 100""")
			.params(userId, horizon)
			.query((rs, n) -> new WorkItem(WorkItem.Section.FOLLOW_UP, "myWork.kind.consultation",
					rs.getString(2) + (rs.getString(4) != null ? " — " + rs.getString(4) : ""),
					rs.getObject(3, LocalDate.class), "/consultations/" + rs.getLong(1)))
			.list();
	}

}
