package jp.kyoten.directory.registry;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.hub.Hub;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * Runs one import: streams the file, rejects bad lines with their reason, and applies the
 * good ones in batches, each batch in one transaction per hub together with the count of
 * lines it has committed. A crash loses at most the batch in flight; running the job
 * again skips what was committed and completes it.
 */
@Component
class RegistryImportRunner {

	private static final Logger log = LoggerFactory.getLogger(RegistryImportRunner.class);

	/**
	 * Told after each committed batch; tests use it to stop an import half-way, as a
	 * crash would.
	 */
	interface BatchListener {

		void committed(long importId, long upToLine);

	}

	private final ImportJobs jobs;

	private final RegistryBatchWriter writer;

	private final Hubs hubs;

	private final TransactionTemplate tx;

	private final RegistryImportSettings settings;

	private final CompanyTableUpkeep upkeep;

	private final FirstLoad firstLoad;

	/**
	 * A full import that created or changed this many companies brings the table's upkeep
	 * forward.
	 */
	static final long UPKEEP_AFTER = 10_000;

	private volatile BatchListener listener = (id, line) -> {
	};

	RegistryImportRunner(ImportJobs jobs, RegistryBatchWriter writer, Hubs hubs, TransactionTemplate tx,
			RegistryImportSettings settings, CompanyTableUpkeep upkeep, FirstLoad firstLoad) {
		this.jobs = jobs;
		this.firstLoad = firstLoad;
		this.upkeep = upkeep;
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
		if (job.status() == ImportJobs.Status.DONE || job.refused() || !jobs.claim(importId)) {
			return;
		}
		try {
			List<Hub> targets = job.hubId() != null ? List.of(hubs.get(job.hubId())) : hubs.all();
			Set<Long> staged = importFile(job, targets);
			for (long hubId : staged) {
				// every lane is done: the hub's prefecture becomes searchable at once, in
				// kana order
				long started = System.nanoTime();
				jobs.publishing(importId);
				long published = whileAlive(importId, () -> firstLoad.publish(importId, hubId));
				log.info("Registry import {}: first load of hub {} published, {} companies in kana order in {} ms",
						importId, hubId, published, (System.nanoTime() - started) / 1_000_000);
			}
			if (job.kind() == ImportJobs.Kind.DIFF && job.fileDate() != null) {
				jobs.diffDone(job.hubId() == null ? 0 : job.hubId(), job.fileDate(), importId);
			}
			ImportJobs.Job applied = jobs.get(importId);
			if (job.kind() == ImportJobs.Kind.FULL && applied.created() + applied.updated() >= UPKEEP_AFTER) {
				// a full file may change a prefecture's worth of rows: the search must
				// not wait for autovacuum
				// (statistics, visibility map, the GIN pending list). Before DONE, so
				// that done means fast.
				upkeep.afterImport();
			}
			jobs.finished(importId, ImportJobs.Status.DONE, null);
		}
		catch (StoppedForTest stopped) {
			// left RUNNING, exactly as a killed process leaves it
			throw stopped;
		}
		catch (RefusedFile refused) {
			log.warn("Registry import {} refused: {}", importId, refused.getMessage());
			discard(job);
			jobs.refused(importId, refused);
		}
		catch (RuntimeException | IOException ex) {
			log.warn("Registry import {} failed", importId, ex);
			jobs.finished(importId, ImportJobs.Status.FAILED, ex.getMessage());
		}
	}

	/**
	 * Runs one long statement for the job while telling every half minute that the job is
	 * alive, so that no other node takes it for dead (after two minutes without a
	 * heartbeat, {@link ImportJobs#claim}) while a prefecture is being published.
	 */
	private <T> T whileAlive(long importId, java.util.function.Supplier<T> work) {
		Thread beat = Thread.ofVirtual().name("registry-import-heartbeat-" + importId).start(() -> {
			try {
				while (!Thread.currentThread().isInterrupted()) {
					Thread.sleep(Duration.ofSeconds(30));
					jobs.heartbeat(importId);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		try {
			return work.get();
		}
		finally {
			beat.interrupt();
			joinUninterruptibly(beat);
		}
	}

	/** A refused file is never read again: it does not stay on the shared volume. */
	private static void discard(ImportJobs.Job job) {
		try {
			java.nio.file.Files.deleteIfExists(Path.of(job.storedPath()));
		}
		catch (IOException ex) {
			log.warn("Could not delete the refused file {}", job.storedPath(), ex);
		}
	}

	/**
	 * One lane's rows on their way from the reading thread to the lane's writer, with
	 * their line numbers: every line of the lane up to {@code upToLine} is in this batch
	 * or an earlier one.
	 */
	private record Batch(List<StagedRow> rows, long[] lines, long upToLine, long bytesRead) {

		static final Batch END = new Batch(List.of(), new long[0], -1, -1);

		/**
		 * The rows after the given line: what a hub that committed up to it still needs.
		 */
		List<StagedRow> after(long committedLine) {
			int from = 0;
			while (from < lines.length && lines[from] <= committedLine) {
				from++;
			}
			return rows.subList(from, rows.size());
		}

	}

	/**
	 * This thread reads and normalises the file and deals its rows to the lanes by
	 * corporate number; each lane's writer applies its batches on its own connection, so
	 * that PostgreSQL maintains the company indexes on as many cores as there are
	 * writers. A failure anywhere stops the reader and every writer, and is thrown here.
	 */
	/**
	 * @return the hubs whose rows this import staged for their first load, to publish
	 */
	private Set<Long> importFile(ImportJobs.Job job, List<Hub> targets) throws IOException {
		int lanes = settings.writers();
		Map<ImportJobs.LaneKey, Long> committed = new ConcurrentHashMap<>(jobs.committedLines(job.id()));
		Set<Long> staged = new HashSet<>();
		for (Hub hub : targets) {
			boolean begun = committed.entrySet()
				.stream()
				.anyMatch(e -> e.getKey().hubId() == hub.getId() && e.getValue() > 0);
			if (firstLoad.stages(job, hub.getId(), begun)) {
				staged.add(hub.getId());
			}
		}
		long[] laneResume = new long[lanes];
		for (int lane = 0; lane < lanes; lane++) {
			int l = lane;
			laneResume[lane] = targets.stream()
				.mapToLong(h -> committed.getOrDefault(new ImportJobs.LaneKey(h.getId(), l), 0L))
				.min()
				.orElse(0);
		}
		boolean diff = job.kind() == ImportJobs.Kind.DIFF;
		AtomicReference<Throwable> failure = new AtomicReference<>();
		List<BlockingQueue<Batch>> queues = new ArrayList<>();
		List<Thread> writers = new ArrayList<>();
		for (int lane = 0; lane < lanes; lane++) {
			BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(1);
			int l = lane;
			queues.add(queue);
			writers.add(Thread.ofPlatform()
				.name("registry-import-writer-" + job.id() + "-" + lane)
				.daemon()
				.start(() -> write(job, targets, committed, staged, l, diff, queue, failure)));
		}
		try {
			read(job, laneResume, queues, failure);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			failure.compareAndSet(null, new IllegalStateException("import interrupted", ex));
		}
		catch (IOException | RuntimeException ex) {
			failure.compareAndSet(null, ex);
		}
		finally {
			if (failure.get() != null) {
				// no writer may wait for a batch that will not come
				for (BlockingQueue<Batch> queue : queues) {
					queue.clear();
					queue.offer(Batch.END);
				}
			}
			// the job ends only when no writer can still commit
			writers.forEach(RegistryImportRunner::joinUninterruptibly);
		}
		Throwable failed = failure.get();
		if (failed instanceof IOException io) {
			throw io;
		}
		if (failed instanceof RuntimeException re) {
			throw re;
		}
		if (failed != null) {
			throw new IllegalStateException(failed);
		}
		return staged;
	}

	private void read(ImportJobs.Job job, long[] laneResume, List<BlockingQueue<Batch>> queues,
			AtomicReference<Throwable> failure) throws IOException, InterruptedException {
		int lanes = queues.size();
		long resumeAfter = Arrays.stream(laneResume).min().orElse(0);
		List<List<StagedRow>> rows = new ArrayList<>();
		long[][] lines = new long[lanes][settings.batchSize()];
		for (int lane = 0; lane < lanes; lane++) {
			rows.add(new ArrayList<>(settings.batchSize()));
		}
		Rejections rejected = new Rejections(job.id(), settings.maxRejectionsKept());
		long lastLine = resumeAfter;
		FileShape shape = new FileShape(resumeAfter == 0);
		try (RegistryFileReader reader = RegistryFileReader.open(Path.of(job.storedPath()), job.encoding(),
				settings.limits())) {
			RegistryFileReader.Line line;
			while ((line = reader.next()) != null) {
				// lines before the resume point are parsed again, not applied, so that
				// the counts stay exact
				boolean applied = line.number() <= resumeAfter;
				if (!applied) {
					lastLine = line.number();
				}
				if (rejected.pending() >= settings.batchSize()) {
					// a file of nothing but bad lines must not gather them all in memory
					rejected.record();
				}
				if (!line.decodable()) {
					shape.notRegistryLine();
					rejected.add(new ImportJobs.Rejection(line.number(), "encoding", null,
							HexFormat.ofDelimiter(" ").formatHex(line.raw(), 0, Math.min(line.raw().length, 200))));
					continue;
				}
				if (line.text().isBlank()) {
					continue;
				}
				RegistryRecord record;
				try {
					record = RegistryRecord.parse(line.text());
				}
				catch (RegistryRecord.Rejected r) {
					if (FileShape.STRUCTURAL.contains(r.reason())) {
						shape.notRegistryLine();
					}
					else {
						shape.registryLine();
					}
					rejected.add(new ImportJobs.Rejection(line.number(), r.reason(), r.getMessage(), line.text()));
					continue;
				}
				shape.registryLine();
				rejected.accepted();
				int lane = laneOf(record.corporateNumber(), lanes);
				if (applied || line.number() <= laneResume[lane]) {
					continue;
				}
				List<StagedRow> laneRows = rows.get(lane);
				lines[lane][laneRows.size()] = line.number();
				laneRows.add(StagedRow.of(RegistryRow.of(record)));
				if (laneRows.size() == settings.batchSize()) {
					rejected.record();
					put(queues.get(lane), new Batch(laneRows, lines[lane], lastLine, reader.bytesRead()), failure);
					rows.set(lane, new ArrayList<>(settings.batchSize()));
					lines[lane] = new long[settings.batchSize()];
				}
			}
			shape.atEnd();
			rejected.record();
			for (int lane = 0; lane < lanes; lane++) {
				List<StagedRow> laneRows = rows.get(lane);
				put(queues.get(lane),
						new Batch(laneRows, Arrays.copyOf(lines[lane], laneRows.size()), lastLine, reader.bytesRead()),
						failure);
				put(queues.get(lane), Batch.END, failure);
			}
		}
		catch (RefusedFile refused) {
			// the lines of a file of another kind are no registry lines gone wrong: they
			// are not kept as rejections
			if (!refused.reasonKey().startsWith(FileShape.NOT_REGISTRY)) {
				rejected.record();
			}
			throw refused;
		}
	}

	/**
	 * The rejected lines of one file: the first {@code kept} are stored with their
	 * reason, the rest only counted. Once past that bound, a file with more rejected
	 * lines than good ones is refused: it is not registry data. Rejections are written
	 * before any batch that goes past them commits: a resumed import re-reads no further
	 * back.
	 */
	private final class Rejections {

		private final long importId;

		private final int kept;

		private List<ImportJobs.Rejection> pending = new ArrayList<>();

		private long count;

		private long good;

		Rejections(long importId, int kept) {
			this.importId = importId;
			this.kept = kept;
		}

		void add(ImportJobs.Rejection rejection) {
			count++;
			if (count <= kept) {
				pending.add(rejection);
			}
			else if (count > good) {
				throw new RefusedFile("import.refused.mostlyRejected", rejection.lineNumber(), kept);
			}
		}

		void accepted() {
			good++;
		}

		int pending() {
			return pending.size();
		}

		void record() {
			if (!pending.isEmpty()) {
				jobs.reject(importId, pending);
				pending = new ArrayList<>();
			}
			jobs.rejectedSoFar(importId, count);
		}

	}

	private static void joinUninterruptibly(Thread thread) {
		boolean interrupted = false;
		while (thread.isAlive()) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/** Waits for room in the lane, giving up as soon as any writer has failed. */
	private static void put(BlockingQueue<Batch> queue, Batch batch, AtomicReference<Throwable> failure)
			throws InterruptedException {
		while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
			if (failure.get() != null) {
				throw new StoppedReading();
			}
		}
		if (failure.get() != null) {
			throw new StoppedReading();
		}
	}

	static int laneOf(String corporateNumber, int lanes) {
		return Math.floorMod(corporateNumber.hashCode(), lanes);
	}

	private void write(ImportJobs.Job job, List<Hub> targets, Map<ImportJobs.LaneKey, Long> committed, Set<Long> staged,
			int lane, boolean diff, BlockingQueue<Batch> queue, AtomicReference<Throwable> failure) {
		try {
			while (failure.get() == null) {
				Batch batch = queue.take();
				if (batch == Batch.END) {
					return;
				}
				flush(job, targets, committed, staged, lane, batch, diff);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Throwable ex) {
			failure.compareAndSet(null, ex);
		}
	}

	private void flush(ImportJobs.Job job, List<Hub> targets, Map<ImportJobs.LaneKey, Long> committed, Set<Long> staged,
			int lane, Batch batch, boolean diff) {
		long upToLine = batch.upToLine();
		for (Hub hub : targets) {
			ImportJobs.LaneKey key = new ImportJobs.LaneKey(hub.getId(), lane);
			long done = committed.getOrDefault(key, 0L);
			if (done >= upToLine) {
				continue;
			}
			List<StagedRow> rows = batch.after(done);
			HubScope.runAs(hub.getId(), () -> tx.executeWithoutResult(status -> {
				RegistryBatchWriter.Counts counts = rows.isEmpty() ? new RegistryBatchWriter.Counts(0, 0, 0, 0, 0, 0)
						: staged.contains(hub.getId()) ? writer.stageFirstLoad(rows, hub.getPrefectureCode(), job.id())
								: writer.apply(rows, hub.getPrefectureCode(), diff, job.id());
				jobs.addProgress(job.id(), hub.getId(), lane, upToLine, counts);
			}));
			committed.put(key, upToLine);
		}
		jobs.progress(job.id(), batch.bytesRead(), upToLine);
		listener.committed(job.id(), upToLine);
	}

	/**
	 * The reader stops because a writer failed; the writer's failure is what the import
	 * reports.
	 */
	private static final class StoppedReading extends RuntimeException {

		StoppedReading() {
			super("a writer failed", null, false, false);
		}

	}

	/** Thrown by a test's listener to stop an import as a crash would. */
	static final class StoppedForTest extends RuntimeException {

		StoppedForTest() {
			super("stopped by test", null, false, false);
		}

	}

	/**
	 * Whether the file is shaped like the registry's at all: when its first lines have
	 * none of the registry's 30 columns (or are no text in the chosen encoding), or it
	 * has no line, it is some other file, and importing it would only fill the rejections
	 * with every line of it. Only a read from the start judges; a resumed one has been
	 * judged already.
	 */
	private static final class FileShape {

		static final java.util.Set<String> STRUCTURAL = java.util.Set.of("columns", "quote");

		/** The prefix of the reasons this shape check gives. */
		static final String NOT_REGISTRY = "import.unreadable.";

		/**
		 * Lines without one of the registry's shape before the file is taken for another
		 * kind.
		 */
		static final int LINES_TO_JUDGE = 20;

		private final boolean judging;

		private boolean registry;

		private int other;

		FileShape(boolean judging) {
			this.judging = judging;
		}

		void registryLine() {
			registry = true;
		}

		void notRegistryLine() {
			if (judging && !registry && ++other >= LINES_TO_JUDGE) {
				throw new RefusedFile("import.unreadable.notRegistry");
			}
		}

		void atEnd() {
			if (judging && !registry) {
				throw new RefusedFile(other == 0 ? "import.unreadable.empty" : "import.unreadable.notRegistry");
			}
		}

	}

}
