package jp.kyoten.privacy;

import java.sql.Array;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.audit.AuditAction;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.hub.Hub;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.ActingUser;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.time.HubTime;
import tools.jackson.databind.ObjectMapper;

/**
 * 保存期間: erases the personal fields of the records whose retention period has passed
 * ({@link RetentionKind}), once a day per hub after {@code kyoten.privacy.retention-at}
 * o'clock Tokyo time. Each hub's day is claimed with one atomic statement in
 * {@code privacy_retention_run} (as the nightly backup claims its night), so of the app
 * nodes sharing the database exactly one erases it; a run that failed, or whose node
 * died, is taken again. The preview selects with the same condition the run updates with,
 * so it shows exactly what the next run erases. Each run leaves an audit entry with its
 * counts.
 */
@Service
class EraseExpiredRecords {

	private static final Logger log = LoggerFactory.getLogger(EraseExpiredRecords.class);

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Hubs hubs;

	private final TransactionTemplate tx;

	private final AuditTrail audit;

	private final PrivacySettings settings;

	private final ObjectMapper json;

	private final Clock clock;

	EraseExpiredRecords(JdbcClient jdbc, JdbcTemplate template, Hubs hubs, TransactionTemplate tx, AuditTrail audit,
			PrivacySettings settings, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.hubs = hubs;
		this.tx = tx;
		this.audit = audit;
		this.settings = settings;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * The first day a record of the period is kept no more: counted from the fiscal year
	 * after the record's, so a record of FY2020 kept five years (FY2021–FY2025) goes on 1
	 * April 2026.
	 */
	static LocalDate cutoffOf(LocalDate today, int years) {
		return LocalDate.of(Hubs.fiscalYearOf(today) - years, 4, 1);
	}

	/** The period of each kind for the hub in scope: the manager's, else the default. */
	Map<RetentionKind, Integer> periods() {
		Map<String, Integer> set = new LinkedHashMap<>();
		jdbc.sql("SELECT kind, years FROM privacy_retention")
			.query((rs, n) -> Map.entry(rs.getString(1), Optional.ofNullable((Integer) rs.getObject(2))))
			.list()
			.forEach(e -> set.put(e.getKey(), e.getValue().orElse(null)));
		Map<RetentionKind, Integer> periods = new LinkedHashMap<>();
		for (RetentionKind k : RetentionKind.values()) {
			periods.put(k, set.containsKey(k.name()) ? set.get(k.name()) : k.defaultYears);
		}
		return periods;
	}

	/**
	 * @throws BusinessRuleException {@code retention.years} outside 1–30
	 */
	void setPeriod(RetentionKind kind, Integer years) {
		if (!kind.erasedHere() || years != null && (years < 1 || years > 30)) {
			throw new BusinessRuleException("retention.years.invalid");
		}
		jdbc.sql("""
				INSERT INTO privacy_retention (hub_id, kind, years, updated_by) VALUES (?, ?, ?, ?)
				ON CONFLICT (hub_id, kind) DO UPDATE SET years = excluded.years, updated_at = now(),
				       updated_by = excluded.updated_by""")
			.params(HubScope.require(), kind.name(), years, ActingUser.email())
			.update();
		audit.updated("privacy_retention", kind.name(), years == null ? "契約終了まで" : years + "年");
	}

	/**
	 * What the next run on the day erases, per kind: the ids of the hub in scope's
	 * records due.
	 */
	Map<RetentionKind, List<Long>> preview(LocalDate today) {
		Map<RetentionKind, List<Long>> due = new LinkedHashMap<>();
		periods().forEach((kind, years) -> {
			if (kind.erasedHere() && years != null) {
				due.put(kind,
						jdbc.sql("SELECT id" + kind.dueCondition() + " ORDER BY id")
							.params(HubScope.require(), cutoffParameter(kind, today, years))
							.query(Long.class)
							.list());
			}
		});
		return due;
	}

	Retention overview(LocalDate today) {
		Map<RetentionKind, List<Long>> due = preview(today);
		List<Retention.Line> lines = new ArrayList<>();
		periods().forEach(
				(kind, years) -> lines.add(new Retention.Line(kind.name(), years, kind.defaultYears, kind.erasedHere(),
						years == null ? null : cutoffOf(today, years), due.getOrDefault(kind, List.of()).size())));
		List<Retention.Run> runs = jdbc.sql("""
				SELECT run_date, status, started_at, finished_at, erased::text FROM privacy_retention_run
				 ORDER BY run_date DESC LIMIT 10""")
			.query((rs, n) -> new Retention.Run(rs.getObject(1, LocalDate.class), rs.getString(2),
					rs.getTimestamp(3).toInstant(), rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
					countsOf(rs.getString(5))))
			.list();
		return new Retention(lines, runs);
	}

	@Scheduled(fixedDelayString = "${kyoten.privacy.retention-interval:PT30M}",
			initialDelayString = "${kyoten.privacy.retention-initial-delay:PT5M}")
	void runDue() {
		ZonedDateTime now = ZonedDateTime.now(clock.withZone(HubTime.ZONE));
		if (now.getHour() < settings.retentionAt()) {
			return;
		}
		for (Hub hub : hubs.all()) {
			try {
				HubScope.runAs(hub.getId(), () -> run(now.toLocalDate()));
			}
			catch (RuntimeException ex) {
				log.error("Retention erasure of hub {} failed", hub.getId(), ex);
			}
		}
	}

	/**
	 * Erases what is due on the day for the hub in scope unless another node has (or is)
	 * for this hub and day; returns the ids erased per kind, empty when another node has
	 * the day.
	 */
	Optional<Map<RetentionKind, List<Long>>> run(LocalDate today) {
		long hubId = HubScope.require();
		if (!claim(hubId, today)) {
			return Optional.empty();
		}
		try {
			Map<RetentionKind, List<Long>> erased = tx.execute(s -> erase(hubId, today));
			Map<String, Long> counts = new LinkedHashMap<>();
			erased.forEach((k, ids) -> counts.put(k.name(), (long) ids.size()));
			tx.executeWithoutResult(s -> {
				jdbc.sql("UPDATE privacy_retention_run SET status = 'DONE', finished_at = now(), erased = ?::jsonb "
						+ "WHERE hub_id = ? AND run_date = ?")
					.params(json.writeValueAsString(counts), hubId, Date.valueOf(today))
					.update();
				audit.record(AuditAction.DELETE, "retention_run", today, "保存期間の経過による消去: " + counts);
			});
			return Optional.of(erased);
		}
		catch (RuntimeException ex) {
			jdbc.sql("UPDATE privacy_retention_run SET status = 'FAILED', finished_at = now() WHERE hub_id = ? "
					+ "AND run_date = ?")
				.params(hubId, Date.valueOf(today))
				.update();
			throw ex;
		}
	}

	private Map<RetentionKind, List<Long>> erase(long hubId, LocalDate today) {
		Map<RetentionKind, List<Long>> erased = new LinkedHashMap<>();
		periods().forEach((kind, years) -> {
			if (kind.erasedHere() && years != null) {
				List<Long> ids = jdbc
					.sql("UPDATE " + kind.table + " SET " + kind.erase + " WHERE id IN (SELECT id" + kind.dueCondition()
							+ ") RETURNING id")
					.params(hubId, cutoffParameter(kind, today, years))
					.query(Long.class)
					.list()
					.stream()
					.sorted()
					.toList();
				if (kind.alsoErase != null && !ids.isEmpty()) {
					template.execute((ConnectionCallback<Integer>) c -> {
						Array array = c.createArrayOf("bigint", ids.toArray());
						try (var ps = c.prepareStatement(kind.alsoErase)) {
							ps.setArray(1, array);
							return ps.executeUpdate();
						}
					});
				}
				erased.put(kind, ids);
			}
		});
		return erased;
	}

	/**
	 * A day nobody has run for the hub, or whose run failed or was left by a node that
	 * died running it.
	 */
	boolean claim(long hubId, LocalDate day) {
		return jdbc.sql("""
				INSERT INTO privacy_retention_run (hub_id, run_date, status) VALUES (?, ?, 'RUNNING')
				ON CONFLICT (hub_id, run_date) DO UPDATE SET status = 'RUNNING', started_at = now(), finished_at = NULL
				 WHERE privacy_retention_run.status = 'FAILED'
				    OR (privacy_retention_run.status = 'RUNNING'
				        AND privacy_retention_run.started_at < now() - interval '2 hours')
				RETURNING run_date""").params(hubId, Date.valueOf(day)).query(LocalDate.class).optional().isPresent();
	}

	private static Object cutoffParameter(RetentionKind kind, LocalDate today, int years) {
		LocalDate cutoff = cutoffOf(today, years);
		return kind.timestamp ? Timestamp.from(cutoff.atStartOfDay(HubTime.ZONE).toInstant()) : Date.valueOf(cutoff);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Long> countsOf(String text) {
		if (text == null) {
			return Map.of();
		}
		Map<String, Object> raw = json.readValue(text, Map.class);
		Map<String, Long> counts = new LinkedHashMap<>();
		raw.forEach((k, v) -> counts.put(k, ((Number) v).longValue()));
		return counts;
	}

}
