package jp.kyoten.portal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.schedule.WorkItem;
import jp.kyoten.schedule.WorkItemSource;
import jp.kyoten.platform.time.HubTime;

/**
 * Consultation-form submissions nobody has triaged yet, on every staff member's "my
 * work".
 */
@Component
class NewInquiriesWork implements WorkItemSource {

	private final JdbcClient jdbc;

	NewInquiriesWork(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkItem> dueFor(long userId, LocalDate today, LocalDate horizon) {
		return jdbc.sql("""
				SELECT id, organisation_name, sender_name, received_at FROM portal_inquiry
				WHERE status = 'NEW' ORDER BY received_at LIMIT 50""")
			.query((rs, n) -> new WorkItem(WorkItem.Section.INQUIRY, "myWork.kind.inquiry",
					rs.getString(2) + "（" + rs.getString(3) + "）",
					rs.getTimestamp(4).toInstant().atZone(HubTime.ZONE).toLocalDate(),
					"/portal/inquiries/" + rs.getLong(1)))
			.list();
	}

}
