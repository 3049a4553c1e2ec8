package jp.kyoten.directory.registry;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jp.kyoten.platform.tenancy.Actor;
import jp.kyoten.platform.Roles;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "imports", description = "法人番号公表サイトの全件・差分ファイルの取込")
@PreAuthorize(Roles.MANAGERS_AND_ADMIN)
class RegistryImportApiController {

	record ImportStatus(long id, String fileName, ImportJobs.Kind kind, LocalDate fileDate, ImportJobs.Status status,
			int progressPercent, long total, long created, long updated, long closed, long unchanged, long rejected,
			long rejectedKept, long skipped, String startedBy, Instant createdAt, Instant finishedAt, String warning,
			String error, Long elapsedSeconds, Long estimatedSecondsLeft) {

		/**
		 * A refused file's error is its reason in the caller's language; {@code rejected}
		 * counts kept and not kept.
		 */
		static ImportStatus of(ImportJobs.Job j, MessageSource messages) {
			String error = j.refused()
					? messages.getMessage(j.refusalKey(), j.refusalArguments(), LocaleContextHolder.getLocale())
					: j.error();
			// a queued job is reported as running: it has been accepted and will run
			// without further action
			ImportJobs.Status status = j.status() == ImportJobs.Status.QUEUED ? ImportJobs.Status.RUNNING : j.status();
			return new ImportStatus(j.id(), j.fileName(), j.kind(), j.fileDate(), status, j.percent(), j.total(),
					j.created(), j.updated(), j.closed(), j.unchanged(), j.rejected(), j.rejectedKept(), j.skipped(),
					j.startedByEmail(), j.createdAt(), j.finishedAt(), j.warning(), error, seconds(j.elapsed()),
					seconds(j.remaining()));
		}

		private static Long seconds(java.time.Duration d) {
			return d == null ? null : d.toSeconds();
		}

	}

	record Accepted(long id, ImportJobs.Status status) {
	}

	private final ImportCorporateNumbers imports;

	private final ImportJobs jobs;

	private final MessageSource messages;

	RegistryImportApiController(ImportCorporateNumbers imports, ImportJobs jobs, MessageSource messages) {
		this.imports = imports;
		this.jobs = jobs;
		this.messages = messages;
	}

	@PostMapping(path = "/corporate-numbers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(
			summary = "Queue the import of a registry file (CSV or zip, UTF-8 or Shift_JIS); answers 202 with the job id")
	ResponseEntity<Accepted> upload(@AuthenticationPrincipal Actor actor, @RequestPart("file") MultipartFile file,
			@RequestParam(required = false) ImportJobs.Kind kind,
			@RequestParam(defaultValue = "AUTO") RegistryFileReader.Encoding encoding) throws IOException {
		if (file.isEmpty()) {
			throw new jp.kyoten.platform.BusinessRuleException("import.noFile");
		}
		long id = imports.start(actor.hubId(),
				List.of(new ImportCorporateNumbers.Upload(
						file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename(),
						file.getInputStream())),
				kind, encoding, actor.userId(), actor.email())
			.getFirst();
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/imports/" + id))
			.body(new Accepted(id, ImportJobs.Status.RUNNING));
	}

	@GetMapping("/{id}")
	@Operation(
			summary = "Status and counts of an import: RUNNING, DONE, or FAILED (resumable, unless the file was refused as a whole: then error says why)")
	ImportStatus status(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return ImportStatus.of(jobs.visible(actor.hubId(), id), messages);
	}

	@GetMapping
	@Operation(summary = "Past imports of the caller's hub, newest first, with who ran them and when")
	List<ImportStatus> list(@AuthenticationPrincipal Actor actor) {
		return jobs.recent(actor.hubId(), 100).stream().map(j -> ImportStatus.of(j, messages)).toList();
	}

}
