package jp.kyoten.privacy;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

import jp.kyoten.platform.tenancy.HubScope;
import tools.jackson.databind.ObjectMapper;

/**
 * Builds a hand-back in the background: each table of the hub ({@link HubTables}) is
 * written to the staging directory and recorded as done with its entries' checksums, so
 * that a job stopped half-way (its node gone, a failure) is taken up again by any node at
 * the first table not yet done. Then the data dictionary and the manifest are written and
 * everything is streamed, in order, into one zip beside the staging directory; the zip's
 * own SHA-256 is kept.
 */
@Component
class HandBackRunner {

	private static final Logger log = LoggerFactory.getLogger(HandBackRunner.class);

	private final HandBacks jobs;

	private final HubTables tables;

	private final HandBackExport export;

	private final DataDictionary dictionary;

	private final PrivacySettings settings;

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	HandBackRunner(HandBacks jobs, HubTables tables, HandBackExport export, DataDictionary dictionary,
			PrivacySettings settings, JdbcClient jdbc, ObjectMapper json) {
		this.jobs = jobs;
		this.tables = tables;
		this.export = export;
		this.dictionary = dictionary;
		this.settings = settings;
		this.jdbc = jdbc;
		this.json = json;
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setThreadNamePrefix("hand-back-");
		executor.initialize();
	}

	@PreDestroy
	void stop() {
		executor.shutdown();
	}

	void start(long id) {
		executor.execute(() -> run(id));
	}

	/**
	 * Every node looks for queued hand-backs and ones whose node stopped; the claim gives
	 * each to one node.
	 */
	@Scheduled(initialDelayString = "${kyoten.privacy.hand-back-poll:PT1M}",
			fixedDelayString = "${kyoten.privacy.hand-back-poll:PT1M}")
	void resumeAbandoned() {
		jobs.claimable(settings.handBackStale()).forEach(this::start);
	}

	/** Runs the job unless another node has it; returns whether this node built it. */
	boolean run(long id) {
		if (!jobs.claim(id, settings.handBackStale())) {
			return false;
		}
		HandBack job = jobs.get(id);
		try {
			HubScope.runAs(job.hubId(), () -> build(job));
			return true;
		}
		catch (RuntimeException ex) {
			log.error("Hand-back {} of hub {} failed", id, job.hubId(), ex);
			jobs.fail(id, ex.getMessage());
			return false;
		}
	}

	Path zipOf(HandBack job) {
		return settings.handBackDirectory().resolve("hand-back-" + job.id() + ".zip");
	}

	Path stagingOf(long id) {
		return settings.handBackDirectory().resolve("hand-back-" + id);
	}

	private void build(HandBack job) {
		long hubId = job.hubId();
		Path staging = stagingOf(job.id());
		List<HubTables.Table> all = tables.all();
		Set<String> done = jobs.doneTables(job.id());
		long rows = 0;
		for (HubTables.Table t : all) {
			rows += jdbc.sql("SELECT count(*) FROM " + HubTables.quote(t.name()) + t.where(hubId))
				.query(Long.class)
				.single();
		}
		jobs.sized(job.id(), all.size(), rows);
		jdbc.sql("""
				UPDATE privacy_hand_back SET tables_done = ?, rows_done = (SELECT coalesce(sum(rows), 0)
				  FROM privacy_hand_back_entry WHERE hand_back_id = ? AND rows IS NOT NULL) WHERE id = ?""")
			.params(done.size(), job.id(), job.id())
			.update();
		for (HubTables.Table t : all) {
			if (done.contains(t.name())) {
				continue;
			}
			forget(staging, t.name());
			List<HandBackExport.Entry> entries = export.write(hubId, t, staging, n -> jobs.progressed(job.id(), n));
			jobs.tableDone(job.id(), entries);
		}
		List<HandBackExport.Entry> entries = new ArrayList<>(jobs.entries(job.id()));
		entries.addAll(dictionary.write(all, staging));
		entries.add(manifest(job, entries, staging));
		Path zip = zipOf(job);
		Path part = zip.resolveSibling(zip.getFileName() + ".part");
		String sha;
		try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16);
				DigestOutputStream digest = new DigestOutputStream(file, HandBackExport.sha256());
				ZipOutputStream out = new ZipOutputStream(digest)) {
			out.setLevel(6);
			for (HandBackExport.Entry e : entries) {
				out.putNextEntry(new ZipEntry(e.name()));
				try (InputStream in = Files.newInputStream(staging.resolve(e.name()))) {
					in.transferTo(out);
				}
				out.closeEntry();
			}
			out.finish();
			out.flush();
			sha = HexFormat.of().formatHex(digest.getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			Files.move(part, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			jobs.complete(job.id(), zip.getFileName().toString(), Files.size(zip), sha);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		deleteTree(staging);
		log.info("Hand-back {} of hub {}: {} entries, {} rows, {} MB", job.id(), hubId, entries.size(), rows,
				zip.toFile().length() >> 20);
	}

	/**
	 * manifest.json: the hub, and per entry its table, rows, bytes and SHA-256 (the
	 * manifest cannot list itself).
	 */
	private HandBackExport.Entry manifest(HandBack job, List<HandBackExport.Entry> entries, Path staging) {
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("hubId", job.hubId());
		manifest.put("hubName", job.hubName());
		manifest.put("handBackId", job.id());
		manifest.put("requestedBy", job.requestedBy());
		manifest.put("requestedAt", job.requestedAt().toString());
		List<Map<String, Object>> list = new ArrayList<>();
		for (HandBackExport.Entry e : entries) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("name", e.name());
			m.put("table", e.table());
			m.put("rows", e.rows());
			m.put("bytes", e.bytes());
			m.put("sha256", e.sha256());
			list.add(m);
		}
		manifest.put("entries", list);
		String name = "manifest.json";
		try (HandBackExport.Digesting out = HandBackExport.Digesting.into(staging.resolve(name))) {
			json.writerWithDefaultPrettyPrinter().writeValue(out, manifest);
			return out.entry(name, null, null);
		}
	}

	private static void forget(Path staging, String table) {
		try {
			Files.deleteIfExists(staging.resolve("tables/" + table + ".csv"));
			Files.deleteIfExists(staging.resolve("tables/" + table + ".ndjson"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		deleteTree(staging.resolve("files/" + table));
	}

	static void deleteTree(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
