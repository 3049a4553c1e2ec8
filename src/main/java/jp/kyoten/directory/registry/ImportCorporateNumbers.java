package jp.kyoten.directory.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

import jp.kyoten.audit.AuditAction;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;

/**
 * Accepts registry files and queues their import. Several change files uploaded together
 * are applied in date order, each date once per hub; a gap since the last applied date is
 * warned about. Imports run one at a time in the background; a job that a stopped process
 * left unfinished resumes at the next start.
 */
@Service
public class ImportCorporateNumbers {

	public record Upload(String fileName, InputStream content) {
	}

	private static final Pattern DATE_IN_NAME = Pattern.compile("(20\\d{2})(\\d{2})(\\d{2})");

	private final ImportJobs jobs;

	private final RegistryImportRunner runner;

	private final RegistryImportSettings settings;

	/**
	 * One import at a time per node: change files must apply in date order, and imports
	 * are I/O-bound anyway.
	 */
	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	private final AuditTrail audit;

	ImportCorporateNumbers(ImportJobs jobs, RegistryImportRunner runner, RegistryImportSettings settings,
			AuditTrail audit) {
		this.jobs = jobs;
		this.runner = runner;
		this.settings = settings;
		this.audit = audit;
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setThreadNamePrefix("registry-import-");
		executor.initialize();
	}

	@PreDestroy
	void stop() {
		executor.shutdown();
	}

	/**
	 * Stores and queues the files; returns the job ids in the order they will run.
	 * @param hubId the hub to import into, or null for every hub by prefecture (system
	 * admin)
	 * @param kind FULL or DIFF, or null to tell from each file's name
	 */
	public List<Long> start(Long hubId, List<Upload> uploads, ImportJobs.Kind kind,
			RegistryFileReader.Encoding encoding, Long userId, String email) {
		if (uploads.isEmpty()) {
			throw new BusinessRuleException("import.noFile");
		}
		record Planned(Upload upload, ImportJobs.Kind kind, LocalDate date) {
		}
		List<Planned> planned = new ArrayList<>();
		for (Upload u : uploads) {
			ImportJobs.Kind k = kind != null ? kind : kindFromName(u.fileName());
			LocalDate date = dateFromName(u.fileName());
			if (k == ImportJobs.Kind.DIFF && date == null) {
				throw new BusinessRuleException("import.diffWithoutDate", u.fileName());
			}
			planned.add(new Planned(u, k, date));
		}
		planned.sort(Comparator.comparing((Planned p) -> p.kind() == ImportJobs.Kind.DIFF)
			.thenComparing(p -> p.date() == null ? LocalDate.MIN : p.date()));
		long hubKey = hubId == null ? 0 : hubId;
		LocalDate previous = jobs.lastDiffDate(hubKey).orElse(null);
		for (Planned p : planned) {
			if (p.kind() == ImportJobs.Kind.DIFF
					&& (jobs.diffApplied(hubKey, p.date()) || jobs.diffPending(hubId, p.date()))) {
				throw new BusinessRuleException("import.diffRepeated", p.date().toString());
			}
		}
		List<Long> ids = new ArrayList<>();
		for (Planned p : planned) {
			String warning = null;
			if (p.kind() == ImportJobs.Kind.DIFF) {
				long missing = previous == null ? 0 : businessDaysBetween(previous, p.date());
				if (missing > 0) {
					warning = "gap:" + previous + ":" + missing;
				}
				previous = p.date();
			}
			Path stored = store(p.upload());
			long id = jobs.create(hubId, p.upload().fileName(), p.kind(), p.date(), encoding, stored.toString(),
					sizeOf(stored), userId, email, warning);
			audit.record(AuditAction.IMPORT, "registry_import", id, p.upload().fileName());
			ids.add(id);
		}
		ids.forEach(id -> executor.execute(() -> runner.run(id)));
		return ids;
	}

	/**
	 * Picks up what a stopped process left queued or half done. Every node looks; the
	 * atomic claim lets exactly one of them run each job.
	 */
	@Scheduled(initialDelay = 30, fixedDelay = 60, timeUnit = TimeUnit.SECONDS)
	void resumeAbandoned() {
		jobs.claimable().forEach(id -> executor.execute(() -> runner.run(id)));
	}

	public void resume(Long hubId, long importId) {
		ImportJobs.Job job = jobs.visible(hubId, importId);
		if (job.refused()) {
			throw new BusinessRuleException("import.refused.notResumable");
		}
		if (job.status() != ImportJobs.Status.FAILED) {
			throw new BusinessRuleException("import.notResumable");
		}
		executor.execute(() -> runner.run(importId));
	}

	static ImportJobs.Kind kindFromName(String name) {
		String n = name.toLowerCase(Locale.ROOT);
		return n.contains("diff") || n.contains("sabun") || n.contains("差分") ? ImportJobs.Kind.DIFF
				: ImportJobs.Kind.FULL;
	}

	static LocalDate dateFromName(String name) {
		Matcher m = DATE_IN_NAME.matcher(name);
		while (m.find()) {
			try {
				return LocalDate.parse(m.group(), DateTimeFormatter.BASIC_ISO_DATE);
			}
			catch (DateTimeParseException ex) {
				// eight digits that are not a date: look further
			}
		}
		return null;
	}

	/**
	 * Weekdays strictly between two dates: the registry publishes change files on
	 * business days.
	 */
	static long businessDaysBetween(LocalDate from, LocalDate to) {
		long days = 0;
		for (LocalDate d = from.plusDays(1); d.isBefore(to); d = d.plusDays(1)) {
			if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
				days++;
			}
		}
		return days;
	}

	private Path store(Upload upload) {
		try {
			Files.createDirectories(settings.directory());
			Path target = settings.directory().resolve(UUID.randomUUID() + ".upload");
			try (InputStream in = upload.content()) {
				Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
			}
			return target.toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
