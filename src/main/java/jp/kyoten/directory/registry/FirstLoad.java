package jp.kyoten.directory.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.platform.tenancy.HubScope;

/**
 * A hub's first load of the registry (V283, docs/adr/252): a full file for a hub that has
 * no company yet is staged batch by batch, then published to the company table in one
 * transaction, sorted by kana. Readers see none of the prefecture until all of it is
 * there, and the hub's companies lie in the heap in the directory's order, which is what
 * keeps a broad word's search cheap (bench/company-search) without a CLUSTER.
 */
@Component
class FirstLoad {

	/**
	 * The staged rows into the company table, the last line of each corporate number
	 * winning (as it would row by row), in kana order; a company that staff registered by
	 * hand meanwhile keeps its row, and the next full file updates it.
	 */
	/**
	 * Which part of the staged rows a publishing connection takes: by corporate number,
	 * so that every line of one company is in the same part.
	 */
	private static final String PART = " (hashtext(corporate_number) & 2147483647) % ? = ?";

	private static final String PUBLISH = RegistryBatchWriter
		.insertCompanies("(SELECT DISTINCT ON (corporate_number) * FROM registry_first_load WHERE import_id = ? AND"
				+ PART + " ORDER BY corporate_number, seq DESC) s")
			+ " ORDER BY s.name_kana, s.name, s.corporate_number" + RegistryBatchWriter.NEW_ONLY;

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final int parts;

	FirstLoad(JdbcClient jdbc, TransactionTemplate tx, RegistryImportSettings settings) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.parts = settings.writers();
	}

	/**
	 * Whether this import stages the hub's rows: a full file for a hub with no company
	 * whose lines it has not begun to write row by row, or one whose staging has begun (a
	 * resumed import keeps its way).
	 */
	boolean stages(ImportJobs.Job job, long hubId, boolean anyLineCommitted) {
		if (job.kind() != ImportJobs.Kind.FULL) {
			return false;
		}
		return HubScope.callAs(hubId,
				() -> jdbc.sql("""
						SELECT EXISTS (SELECT 1 FROM registry_first_load WHERE import_id = ?)
						    OR (NOT ? AND NOT EXISTS (SELECT 1 FROM company))""")
					.params(job.id(), anyLineCommitted)
					.query(Boolean.class)
					.single());
	}

	/**
	 * Publishes the hub's staged rows and forgets them: one part per writer
	 * ({@link RegistryImportSettings#writers()}), each on its own connection in one
	 * transaction of its own, at the same time, so that PostgreSQL maintains the company
	 * table's indexes on as many cores as the rows were staged with. Each part is sorted
	 * by kana and lands on pages of its own; the parts commit within moments of each
	 * other (they are equal in size), and a part that committed before a crash is not
	 * published twice (its staged rows went with it).
	 * @return the companies published
	 */
	long publish(long importId, long hubId) {
		List<CompletableFuture<Long>> running = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(parts,
				Thread.ofPlatform().name("registry-import-publish-" + importId + "-", 0).daemon().factory())) {
			for (int part = 0; part < parts; part++) {
				int p = part;
				running.add(CompletableFuture.supplyAsync(() -> publishPart(importId, hubId, p), pool));
			}
			return running.stream().mapToLong(CompletableFuture::join).sum();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException re ? re : ex;
		}
	}

	private long publishPart(long importId, long hubId, int part) {
		return HubScope.callAs(hubId, () -> tx.execute(status -> {
			// one sort of a prefecture's rows: in memory rather than in temporary files
			jdbc.sql("SET LOCAL work_mem = '256MB'").update();
			long published = jdbc.sql(PUBLISH).params(importId, parts, part).update();
			jdbc.sql("DELETE FROM registry_first_load WHERE import_id = ? AND" + PART)
				.params(importId, parts, part)
				.update();
			return published;
		}));
	}

}
