package jp.kyoten.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.Actor;

/**
 * 消去 after the hand-back (seed 000 特記事項 第13): the system admin erases the hub's personal
 * data, or the whole hub, once the prefecture confirmed it received the hand-back. Every
 * table the erasure takes comes from the catalog ({@link HubTables#tablesErasedBy}),
 * deleted in an order that deletes what refers to a row before the row, all in one
 * transaction; the database function {@code privacy_erase_rows} refuses any table unless
 * this erasure is running after a confirmed hand-back. Sessions of the hub's accounts
 * end; the hand-back's zip, which holds the same data, is deleted from disk after the
 * commit. The counts per table are kept for the certificate ({@link ErasureCertificate}).
 */
@Service
class EraseHub {

	private final JdbcClient jdbc;

	private final HubTables tables;

	private final HandBacks handBacks;

	private final HandBackRunner runner;

	private final TransactionTemplate tx;

	private final AuditTrail audit;

	private final Clock clock;

	EraseHub(JdbcClient jdbc, HubTables tables, HandBacks handBacks, HandBackRunner runner, TransactionTemplate tx,
			AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.tables = tables;
		this.handBacks = handBacks;
		this.runner = runner;
		this.tx = tx;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws BusinessRuleException {@code erasure.notConfirmed} before the prefecture
	 * confirmed the hand-back, {@code erasure.done} for a hand-back already erased
	 */
	long erase(Actor admin, long handBackId, ErasureScope scope) {
		HandBack handBack = handBacks.get(handBackId);
		if ("ERASED".equals(handBack.status())) {
			throw new BusinessRuleException("erasure.done");
		}
		if (!handBack.done() || !handBack.confirmed()) {
			throw new BusinessRuleException("erasure.notConfirmed");
		}
		Set<String> erased = tables.tablesErasedBy(scope);
		List<String> order = new ArrayList<>(tables.deletionOrder(erased));
		if (scope == ErasureScope.HUB) {
			order.add("hub");
		}
		long files = handBacks.entries(handBackId).stream().filter(e -> e.name().startsWith("files/")).count();
		long id = tx.execute(status -> {
			long erasure = jdbc.sql("""
					INSERT INTO privacy_erasure (target_hub_id, target_hub_name, hand_back_id, scope, status, erased_by,
					                             started_at)
					VALUES (?, ?, ?, ?, 'RUNNING', ?, ?) RETURNING id""")
				.params(handBack.hubId(), handBack.hubName(), handBackId, scope.name(), admin.email(),
						Timestamp.from(clock.instant()))
				.query(Long.class)
				.single();
			if (erased.contains("user_account")) {
				jdbc.sql("""
						DELETE FROM spring_session WHERE principal_name IN
						       (SELECT email FROM user_account WHERE hub_id = ?)""").param(handBack.hubId()).update();
			}
			int position = 0;
			for (String table : order) {
				long rows = jdbc.sql("SELECT privacy_erase_rows(?, ?)")
					.params(erasure, table)
					.query(Long.class)
					.single();
				jdbc.sql(
						"INSERT INTO privacy_erasure_count (erasure_id, table_name, rows, position) VALUES (?, ?, ?, ?)")
					.params(erasure, table, rows, ++position)
					.update();
			}
			jdbc.sql("UPDATE privacy_erasure SET status = 'DONE', finished_at = ?, files_erased = ? WHERE id = ?")
				.params(Timestamp.from(clock.instant()), files + 1, erasure)
				.update();
			handBacks.markErased(handBackId);
			return erasure;
		});
		try {
			Files.deleteIfExists(runner.zipOf(handBack));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		HandBackRunner.deleteTree(runner.stagingOf(handBackId));
		audit.deleted("erasure", id, "拠点 " + handBack.hubName() + " の" + (scope == ErasureScope.HUB ? "全データ" : "個人情報")
				+ "を消去（" + order.size() + " 表）");
		return id;
	}

	/**
	 * @throws RecordNotFoundException for another hub's erasure
	 */
	Erasure get(long id) {
		Map<String, String> labels = tables.all()
			.stream()
			.collect(Collectors.toMap(HubTables.Table::name, HubTables.Table::label));
		List<Erasure.Count> counts = jdbc
			.sql("SELECT table_name, rows FROM privacy_erasure_count WHERE erasure_id = ? " + "ORDER BY position")
			.param(id)
			.query((rs, n) -> new Erasure.Count(rs.getString(1),
					labels.getOrDefault(rs.getString(1), "hub".equals(rs.getString(1)) ? "拠点" : rs.getString(1)),
					rs.getLong(2)))
			.list();
		return jdbc.sql("""
				SELECT id, target_hub_id, target_hub_name, hand_back_id, scope, erased_by, started_at, finished_at,
				       files_erased FROM privacy_erasure WHERE id = ? AND status = 'DONE'""")
			.param(id)
			.query((rs, n) -> new Erasure(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
					ErasureScope.valueOf(rs.getString(5)), rs.getString(6), rs.getTimestamp(7).toInstant(),
					rs.getTimestamp(8).toInstant(), rs.getInt(9), counts))
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("erasure", id));
	}

	/** The erasure of a hand-back, if it was erased. */
	java.util.Optional<Long> ofHandBack(long handBackId) {
		return jdbc.sql("SELECT id FROM privacy_erasure WHERE hand_back_id = ? AND status = 'DONE'")
			.param(handBackId)
			.query(Long.class)
			.optional();
	}

}
