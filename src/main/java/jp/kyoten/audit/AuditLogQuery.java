package jp.kyoten.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import jp.kyoten.platform.time.HubTime;

/**
 * Reads the audit log for the browse screen. The audit log carries no row-level security (sign-in failures have no
 * hub), so the hub restriction is part of every query here: a hub manager passes their hub, only the system admin
 * passes none.
 */
@Component
class AuditLogQuery {

	record Filter(LocalDate from, LocalDate to, AuditAction action, String actor, String entityType, String entityId) {
	}

	record Entry(long id, Instant occurredAt, Long hubId, String actorEmail, AuditAction action, String entityType,
			String entityId, String summary, String remoteAddress) {
	}

	private final JdbcClient jdbc;

	AuditLogQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<Entry> find(Long hubId, Filter filter, int page, int size) {
		StringBuilder where = new StringBuilder(" WHERE true");
		List<Object> params = new ArrayList<>();
		if (hubId != null) {
			where.append(" AND hub_id = ?");
			params.add(hubId);
		}
		if (filter.from() != null) {
			where.append(" AND occurred_at >= ?");
			params.add(Timestamp.from(filter.from().atStartOfDay(HubTime.ZONE).toInstant()));
		}
		if (filter.to() != null) {
			where.append(" AND occurred_at < ?");
			params.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(HubTime.ZONE).toInstant()));
		}
		if (filter.action() != null) {
			where.append(" AND action = ?");
			params.add(filter.action().name());
		}
		if (filter.actor() != null && !filter.actor().isBlank()) {
			where.append(" AND lower(actor_email) = lower(?)");
			params.add(filter.actor().strip());
		}
		if (filter.entityType() != null && !filter.entityType().isBlank()) {
			where.append(" AND entity_type = ?");
			params.add(filter.entityType().strip());
		}
		if (filter.entityId() != null && !filter.entityId().isBlank()) {
			where.append(" AND entity_id = ?");
			params.add(filter.entityId().strip());
		}
		// Counting a large log would cost more than the page itself; we look one page ahead instead.
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(size + 1);
		pageParams.add((long) page * size);
		List<Entry> rows = jdbc.sql("""
				SELECT id, occurred_at, hub_id, actor_email, action, entity_type, entity_id, summary, remote_address
				  FROM audit_log""" + where + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?")
			.params(pageParams)
			.query((rs, n) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(),
					(Long) rs.getObject(3), rs.getString(4), AuditAction.valueOf(rs.getString(5)), rs.getString(6),
					rs.getString(7), rs.getString(8), rs.getString(9)))
			.list();
		boolean more = rows.size() > size;
		List<Entry> content = more ? rows.subList(0, size) : rows;
		long total = (long) page * size + content.size() + (more ? 1 : 0);
		return new PageImpl<>(content, PageRequest.of(page, size), total);
	}

}
