package jp.kyoten.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.kyoten.platform.time.HubTime;
import jp.kyoten.platform.web.ListPage;
import jp.kyoten.platform.web.ListQuery;
import jp.kyoten.platform.web.ListRequest;
import jp.kyoten.platform.web.ListSorting;

/**
 * Reads the audit log for the browse screen. The audit log carries no row-level security
 * (sign-in failures have no hub), so the hub restriction is part of every query here: a
 * hub manager passes their hub, only the system admin passes none.
 */
@Component
class AuditLogQuery {

	/**
	 * Counting a national log would cost more than the page itself: the count stops here
	 * (「10,000 件以上」).
	 */
	static final int COUNT_CAP = 10_000;

	/**
	 * The orders of the log: by default the newest entry first; by who acted, or by the
	 * kind of operation.
	 */
	static final ListSorting SORTING = ListSorting.by("when", "id")
		.dateKey("when", "occurred_at")
		.key("actor", "actor_email")
		.key("action", "action");

	private static final String SELECT = """
			SELECT id, occurred_at, hub_id, actor_email, action, entity_type, entity_id, summary, remote_address
			  FROM audit_log""";

	/** {@code text}: a word of the entry's 内容 (summary). */
	public record Filter(LocalDate from, LocalDate to, AuditAction action, String actor, String entityType,
			String entityId, String text) {

		Filter(LocalDate from, LocalDate to, AuditAction action, String actor, String entityType, String entityId) {
			this(from, to, action, actor, entityType, entityId, null);
		}

	}

	public record Entry(long id, Instant occurredAt, Long hubId, String actorEmail, AuditAction action,
			String entityType, String entityId, String summary, String remoteAddress) {
	}

	private final JdbcClient jdbc;

	AuditLogQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ListPage<Entry> find(Long hubId, Filter filter, ListRequest request, String baseUrl) {
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
		if (ListQuery.given(filter.text())) {
			where.append(" AND summary ILIKE ?");
			params.add(ListQuery.containing(filter.text()));
		}
		return ListQuery.cappedPage(jdbc, SELECT, "FROM audit_log", where, params, COUNT_CAP, SORTING, request, baseUrl,
				(rs, n) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), (Long) rs.getObject(3),
						rs.getString(4), AuditAction.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
						rs.getString(8), rs.getString(9)));
	}

}
