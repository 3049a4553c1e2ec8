package jp.kyoten.directory.registry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.hub.Hub;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * Runs one import: streams the file, rejects bad lines with their reason, and applies the good ones in batches,
 * each batch in one transaction per hub together with the count of lines it has committed. A crash loses at most
 * the batch in flight; running the job again skips what was committed and completes it.
 */
@Component
class RegistryImportRunner {

	private static final Logger log = LoggerFactory.getLogger(RegistryImportRunner.class);

	/** Told after each committed batch; tests use it to stop an import half-way, as a crash would. */
	interface BatchListener {

		void committed(long importId, long upToLine);

	}

	private final ImportJobs jobs;

	private final RegistryBatchWriter writer;

	private final Hubs hubs;

	private final TransactionTemplate tx;

	private final RegistryImportSettings settings;

	private volatile BatchListener listener = (id, line) -> {
	};

	RegistryImportRunner(ImportJobs jobs, RegistryBatchWriter writer, Hubs hubs, TransactionTemplate tx,
			RegistryImportSettings settings) {
		this.jobs = jobs;
		this.writer = writer;
		this.hubs = hubs;
		this.tx = tx;
		this.settings = settings;
	}

	void listen(BatchListener listener) {
		this.listener = listener == null ? (id, line) -> {
		} : listener;
	}

	void run(long importId) {
		ImportJobs.Job job = jobs.get(importId);
		if (job.status() == ImportJobs.Status.DONE || !jobs.claim(importId)) {
			return;
		}
		try {
			List<Hub> targets = job.hubId() != null ? List.of(hubs.get(job.hubId())) : hubs.all();
			importFile(job, targets);
			if (job.kind() == ImportJobs.Kind.DIFF && job.fileDate() != null) {
				jobs.diffDone(job.hubId() == null ? 0 : job.hubId(), job.fileDate(), importId);
			}
			jobs.finished(importId, ImportJobs.Status.DONE, null);
		}
		catch (StoppedForTest stopped) {
			// left RUNNING, exactly as a killed process leaves it
			throw stopped;
		}
		catch (RuntimeException | IOException ex) {
			log.warn("Registry import {} failed", importId, ex);
			jobs.finished(importId, ImportJobs.Status.FAILED, ex.getMessage());
		}
	}

	/** Parsed lines on their way from the reading thread to the writing one. */
	private record Batch(List<RegistryRow> rows, List<ImportJobs.Rejection> rejected, long upToLine, long bytesRead,
			Exception failure) {

		static final Batch END = new Batch(List.of(), List.of(), -1, -1, null);

	}

	/**
	 * Reading and normalising the file runs on its own thread while this one writes the previous batch to
	 * PostgreSQL, so that the two cores work at once; at most two batches wait between them.
	 */
	private void importFile(ImportJobs.Job job, List<Hub> targets) throws IOException {
		Map<Long, Long> committed = new java.util.HashMap<>(jobs.committedLines(job.id()));
		long resumeAfter = targets.stream().mapToLong(h -> committed.getOrDefault(h.getId(), 0L)).min().orElse(0);
		boolean diff = job.kind() == ImportJobs.Kind.DIFF;
		BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(2);
		Thread reader = Thread.ofPlatform()
			.name("registry-import-reader-" + job.id())
			.daemon()
			.start(() -> read(job, resumeAfter, queue));
		try {
			while (true) {
				Batch batch = queue.take();
				if (batch == Batch.END) {
					return;
				}
				if (batch.failure() != null) {
					if (batch.failure() instanceof IOException io) {
						throw io;
					}
					throw new IllegalStateException(batch.failure());
				}
				flush(job, targets, committed, batch, diff);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("import interrupted", ex);
		}
		finally {
			reader.interrupt();
		}
	}

	private void read(ImportJobs.Job job, long resumeAfter, BlockingQueue<Batch> queue) {
		List<RegistryRow> rows = new ArrayList<>(settings.batchSize());
		List<ImportJobs.Rejection> rejected = new ArrayList<>();
		long lastLine = resumeAfter;
		try (RegistryFileReader reader = RegistryFileReader.open(Path.of(job.storedPath()), job.encoding())) {
			RegistryFileReader.Line line;
			while ((line = reader.next()) != null) {
				if (line.number() <= resumeAfter) {
					continue;
				}
				lastLine = line.number();
				if (!line.decodable()) {
					rejected.add(new ImportJobs.Rejection(line.number(), "encoding", null,
							HexFormat.ofDelimiter(" ").formatHex(line.raw(), 0, Math.min(line.raw().length, 200))));
				}
				else if (!line.text().isBlank()) {
					try {
						rows.add(RegistryRow.of(RegistryRecord.parse(line.text())));
					}
					catch (RegistryRecord.Rejected r) {
						rejected.add(new ImportJobs.Rejection(line.number(), r.reason(), r.getMessage(), line.text()));
					}
				}
				if (rows.size() >= settings.batchSize()) {
					queue.put(new Batch(rows, rejected, lastLine, reader.bytesRead(), null));
					rows = new ArrayList<>(settings.batchSize());
					rejected = new ArrayList<>();
				}
			}
			queue.put(new Batch(rows, rejected, lastLine, reader.bytesRead(), null));
			queue.put(Batch.END);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			queue.offer(new Batch(List.of(), List.of(), lastLine, 0, ex));
		}
	}

	private void flush(ImportJobs.Job job, List<Hub> targets, Map<Long, Long> committed, Batch batch,
			boolean diff) {
		// Rejections first: they are idempotent, and a crash after the batch must not lose them.
		if (!batch.rejected().isEmpty()) {
			jobs.reject(job.id(), batch.rejected());
		}
		long upToLine = batch.upToLine();
		for (Hub hub : targets) {
			if (committed.getOrDefault(hub.getId(), 0L) >= upToLine) {
				continue;
			}
			HubScope.runAs(hub.getId(), () -> tx.executeWithoutResult(status -> {
				RegistryBatchWriter.Counts counts = batch.rows().isEmpty()
						? new RegistryBatchWriter.Counts(0, 0, 0, 0, 0, 0)
						: writer.apply(batch.rows(), hub.getPrefectureCode(), diff, job.id());
				jobs.addProgress(job.id(), hub.getId(), upToLine, counts);
			}));
			committed.put(hub.getId(), upToLine);
		}
		jobs.progress(job.id(), batch.bytesRead(), upToLine);
		listener.committed(job.id(), upToLine);
	}

	/** Thrown by a test's listener to stop an import as a crash would. */
	static final class StoppedForTest extends RuntimeException {

		StoppedForTest() {
			super("stopped by test", null, false, false);
		}

	}

}
