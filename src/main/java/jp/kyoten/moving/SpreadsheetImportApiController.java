package jp.kyoten.moving;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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

import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.Actor;

/**
 * The moving-in import for machines: a file and the name of a mapping saved in the
 * wizard; the import runs at once in the background. A row that matched several companies
 * cannot be asked about here: it lands among the rejected rows with the reason (choose in
 * the wizard, or add the 法人番号, and send it again).
 */
@RestController
@RequestMapping("/api/v1/imports/spreadsheets")
@Tag(name = "spreadsheet imports", description = "拠点の表計算ファイル（企業台帳・相談記録）の取込（引っ越し）")
@PreAuthorize("hasAnyRole('HUB_MANAGER','SUB_MANAGER')")
class SpreadsheetImportApiController {

	record Accepted(long id, SpreadsheetImports.Status status) {
	}

	record ImportStatus(long id, String fileName, String kind, String mappingName, SpreadsheetImports.Status status,
			int progressPercent, int rows, int rowsDone, int createdCompanies, int matchedCompanies,
			int updatedCompanies, int consultations, int rejected, String startedBy, Instant createdAt,
			Instant finishedAt, Instant undoneAt, String error, boolean interrupted) {

		static ImportStatus of(SpreadsheetImports.Job j) {
			return new ImportStatus(j.id(), j.fileName(), j.mapping() == null ? null : j.mapping().kind().name(),
					j.mappingName(), j.status(), j.percent(), j.rowsTotal(), j.rowsDone(), j.created(), j.matched(),
					j.updated(), j.consultations(), j.rejected(), j.startedByEmail(), j.createdAt(), j.finishedAt(),
					j.undoneAt(), j.error(), j.interrupted());
		}

	}

	record RejectedRow(int rowNumber, List<String> cells, String reason) {
	}

	private final UploadSpreadsheet upload;

	private final SpreadsheetImports imports;

	private final PreviewSpreadsheetImport preview;

	private final RunSpreadsheetImport run;

	SpreadsheetImportApiController(UploadSpreadsheet upload, SpreadsheetImports imports,
			PreviewSpreadsheetImport preview, RunSpreadsheetImport run) {
		this.upload = upload;
		this.imports = imports;
		this.preview = preview;
		this.run = run;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(
			summary = "Queue the import of a spreadsheet (xlsx, xls, CSV in UTF-8 or Shift_JIS) with a mapping saved by name; answers 202 with the job id")
	ResponseEntity<Accepted> start(@AuthenticationPrincipal Actor actor, @RequestPart("file") MultipartFile file,
			@RequestParam("mapping") String mappingName,
			@RequestParam(defaultValue = "AUTO") SpreadsheetReader.Encoding encoding) throws IOException {
		if (file.isEmpty()) {
			throw new BusinessRuleException("moving.upload.empty");
		}
		if (mappingName.isBlank()) {
			throw new BusinessRuleException("moving.mapping.unknown", mappingName);
		}
		long id = upload.upload(file.getOriginalFilename(), file.getInputStream(), encoding, mappingName,
				actor.email());
		run.start(id, Map.of(), preview.preview(id), false);
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/imports/spreadsheets/" + id))
			.body(new Accepted(id, SpreadsheetImports.Status.QUEUED));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Status and counts of a spreadsheet import: QUEUED, RUNNING, DONE, FAILED or UNDONE")
	ImportStatus status(@PathVariable long id) {
		return ImportStatus.of(imports.get(id));
	}

	@PostMapping("/{id}/resume")
	@Operation(
			summary = "Resume an interrupted import (its node restarted, or it failed) after its last committed batch; answers 202")
	ResponseEntity<Accepted> resume(@PathVariable long id) {
		run.resume(id);
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/imports/spreadsheets/" + id))
			.body(new Accepted(id, SpreadsheetImports.Status.RUNNING));
	}

	@GetMapping("/{id}/rejected")
	@Operation(
			summary = "The rows the import did not write: row number, the cells as they were, the reason in Japanese")
	List<RejectedRow> rejected(@PathVariable long id) {
		imports.get(id);
		return imports.rejections(id).stream().map(r -> new RejectedRow(r.rowNumber(), r.cells(), r.reason())).toList();
	}

}
