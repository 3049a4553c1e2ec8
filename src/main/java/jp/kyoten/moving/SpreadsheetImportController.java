package jp.kyoten.moving;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.Actor;

/**
 * The moving-in wizard: upload → sheet, header row and columns → values of coded columns
 * → dry run with the choices per row → the import's progress → rejected rows and undo. A
 * business-rule refusal becomes the flash message of the step it came from, in one
 * handler ({@link #refused}).
 */
@Controller
@RequestMapping("/moving-in")
@PreAuthorize("hasAnyRole('HUB_MANAGER','SUB_MANAGER')")
class SpreadsheetImportController {

	private static final int FIRST_ROWS = 8;

	private final UploadSpreadsheet upload;

	private final SpreadsheetImports imports;

	private final ImportReading reading;

	private final PreviewSpreadsheetImport preview;

	private final RunSpreadsheetImport run;

	private final UndoSpreadsheetImport undo;

	private final RejectedRowsWorkbook rejectedRows;

	private final MessageSource messages;

	SpreadsheetImportController(UploadSpreadsheet upload, SpreadsheetImports imports, ImportReading reading,
			PreviewSpreadsheetImport preview, RunSpreadsheetImport run, UndoSpreadsheetImport undo,
			RejectedRowsWorkbook rejectedRows, MessageSource messages) {
		this.messages = messages;
		this.upload = upload;
		this.imports = imports;
		this.reading = reading;
		this.preview = preview;
		this.run = run;
		this.undo = undo;
		this.rejectedRows = rejectedRows;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("jobs", imports.recent(50));
		model.addAttribute("mappings", imports.mappings().keySet());
		model.addAttribute("encodings", SpreadsheetReader.Encoding.values());
		return "moving/list";
	}

	@PostMapping
	String upload(@AuthenticationPrincipal Actor actor, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "AUTO") SpreadsheetReader.Encoding encoding,
			@RequestParam(defaultValue = "") String mappingName) {
		if (file.isEmpty()) {
			throw new BusinessRuleException("moving.upload.empty");
		}
		long id;
		try {
			id = upload.upload(file.getOriginalFilename(), file.getInputStream(), encoding, mappingName, actor.email());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return mappingName.isBlank() ? "redirect:/moving-in/" + id + "/mapping"
				: "redirect:/moving-in/" + id + "/preview";
	}

	@GetMapping("/{id}/mapping")
	String mapping(@PathVariable long id, @RequestParam Optional<Integer> sheet,
			@RequestParam Optional<Integer> headerRow, @RequestParam Optional<RecordKind> kind,
			@RequestParam Optional<SpreadsheetReader.Encoding> encoding, Model model) {
		SpreadsheetImports.Job job = imports.get(id);
		if (encoding.isPresent() && job.format() == SpreadsheetReader.Format.CSV
				&& encoding.get() != SpreadsheetReader.Encoding.AUTO) {
			imports.setEncoding(id, encoding.get());
			job = imports.get(id);
		}
		ColumnMapping current = job.mapping();
		int s = sheet.orElse(current == null ? 0 : current.sheet());
		int h = headerRow.orElse(current == null ? 1 : current.headerRow());
		RecordKind k = kind.orElse(current == null ? RecordKind.CONSULTATIONS : current.kind());
		List<List<String>> rows = reading.firstRows(job, s, h + FIRST_ROWS);
		List<String> headers = rows.size() >= h ? rows.get(h - 1) : List.of();
		int width = rows.stream().mapToInt(List::size).max().orElse(0);
		List<WizardRows.Column> columns = new ArrayList<>();
		for (int c = 0; c < width; c++) {
			String header = c < headers.size() ? headers.get(c) : "";
			Field chosen = null;
			if (current != null && current.kind() == k) {
				for (Map.Entry<Field, Integer> e : current.columns().entrySet()) {
					if (e.getValue() == c) {
						chosen = e.getKey();
					}
				}
			}
			else {
				chosen = Field.suggestedFor(header, k).orElse(null);
			}
			columns.add(new WizardRows.Column(c, org.apache.poi.ss.util.CellReference.convertNumToColString(c), header,
					chosen == null ? "" : chosen.name()));
		}
		// a field suggested for two columns stays on the first
		java.util.Set<String> taken = new java.util.HashSet<>();
		for (int i = 0; i < columns.size(); i++) {
			WizardRows.Column col = columns.get(i);
			if (!col.field().isEmpty() && !taken.add(col.field())) {
				columns.set(i, new WizardRows.Column(col.index(), col.letter(), col.header(), ""));
			}
		}
		model.addAttribute("job", job);
		model.addAttribute("sheets",
				SpreadsheetReader.sheetNames(java.nio.file.Path.of(job.storedPath()), job.format()));
		model.addAttribute("sheet", s);
		model.addAttribute("headerRow", h);
		model.addAttribute("kind", k);
		model.addAttribute("kinds", RecordKind.values());
		model.addAttribute("rules", DedupeRule.values());
		model.addAttribute("rule", current == null ? DedupeRule.FILL_EMPTY : current.rule());
		model.addAttribute("fields", Field.of(k));
		model.addAttribute("columns", columns);
		model.addAttribute("dataRows", rows.size() > h ? rows.subList(h, rows.size()) : List.of());
		model.addAttribute("encodings", SpreadsheetReader.Encoding.values());
		return "moving/mapping";
	}

	@PostMapping("/{id}/mapping")
	String saveMapping(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam int sheet,
			@RequestParam int headerRow, @RequestParam RecordKind kind, @RequestParam DedupeRule rule,
			@RequestParam(defaultValue = "") String saveAs, @RequestParam MultiValueMap<String, String> params) {
		SpreadsheetImports.Job job = imports.get(id);
		Map<Field, Integer> columns = new EnumMap<>(Field.class);
		params.forEach((name, values) -> {
			if (name.startsWith("col") && name.substring(3).matches("[0-9]{1,4}") && !values.getFirst().isBlank()) {
				Field f = Field.valueOf(values.getFirst());
				if (columns.containsKey(f)) {
					throw new BusinessRuleException("moving.mapping.twice", f.name());
				}
				columns.put(f, Integer.parseInt(name.substring(3)));
			}
		});
		if (!columns.containsKey(Field.COMPANY_NAME)) {
			throw new BusinessRuleException("moving.mapping.nameMissing");
		}
		if (kind == RecordKind.CONSULTATIONS && !columns.containsKey(Field.CONSULTED_ON)) {
			throw new BusinessRuleException("moving.mapping.dateMissing");
		}
		ColumnMapping previous = job.mapping();
		ColumnMapping mapping = new ColumnMapping(kind, sheet, headerRow, columns,
				previous == null ? Map.of() : previous.values(), rule);
		String name = saveAs.isBlank() ? job.mappingName() : saveAs.strip();
		imports.setMapping(id, mapping, name);
		if (name != null && !name.isBlank()) {
			imports.saveMapping(name, mapping, actor.email());
		}
		boolean coded = columns.keySet().stream().anyMatch(Field::coded);
		return coded ? "redirect:/moving-in/" + id + "/values" : "redirect:/moving-in/" + id + "/preview";
	}

	@GetMapping("/{id}/values")
	String values(@PathVariable long id, Model model) {
		SpreadsheetImports.Job job = imports.get(id);
		requireMapping(job);
		List<WizardRows.CodedField> fields = new ArrayList<>();
		for (Field f : job.mapping().columns().keySet()) {
			if (!f.coded()) {
				continue;
			}
			List<WizardRows.ValueChoice> values = new ArrayList<>();
			int i = 0;
			for (String v : reading.distinctValues(job, f, 200)) {
				String folded = CellValues.fold(v);
				if (folded == null) {
					continue;
				}
				String code = job.mapping().code(f, folded);
				values.add(new WizardRows.ValueChoice(i++, folded,
						code != null ? code : Optional.ofNullable(CodedValues.suggest(f, folded)).orElse("")));
			}
			fields.add(new WizardRows.CodedField(f, CodedValues.labelPrefix(f), CodedValues.codes(f), values));
		}
		model.addAttribute("job", job);
		model.addAttribute("fields", fields);
		return "moving/values";
	}

	@PostMapping("/{id}/values")
	String saveValues(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam MultiValueMap<String, String> params) {
		SpreadsheetImports.Job job = imports.get(id);
		requireMapping(job);
		Map<Field, Map<String, String>> values = new EnumMap<>(Field.class);
		for (Field f : job.mapping().columns().keySet()) {
			if (!f.coded()) {
				continue;
			}
			Map<String, String> m = new LinkedHashMap<>();
			for (int i = 0; params.containsKey("value_" + f.name() + "_" + i); i++) {
				String code = params.getFirst("code_" + f.name() + "_" + i);
				if (code != null && !code.isBlank() && !CodedValues.codes(f).contains(code)) {
					throw new BusinessRuleException("moving.mapping.code", code);
				}
				m.put(params.getFirst("value_" + f.name() + "_" + i), code == null ? "" : code);
			}
			values.put(f, m);
		}
		ColumnMapping mapping = new ColumnMapping(job.mapping().kind(), job.mapping().sheet(),
				job.mapping().headerRow(), job.mapping().columns(), values, job.mapping().rule());
		imports.setMapping(id, mapping, job.mappingName());
		if (job.mappingName() != null && !job.mappingName().isBlank()) {
			imports.saveMapping(job.mappingName(), mapping, actor.email());
		}
		return "redirect:/moving-in/" + id + "/preview";
	}

	@GetMapping("/{id}/preview")
	String preview(@PathVariable long id, Model model) {
		SpreadsheetImports.Job job = imports.get(id);
		requireMapping(job);
		if (job.status() != SpreadsheetImports.Status.UPLOADED) {
			return "redirect:/moving-in/" + id;
		}
		model.addAttribute("job", job);
		model.addAttribute("preview", preview.preview(id));
		model.addAttribute("fields", job.mapping().columns().keySet());
		return "moving/preview";
	}

	@PostMapping("/{id}/run")
	String start(@PathVariable long id, @RequestParam MultiValueMap<String, String> params) {
		Map<Integer, Long> choices = new LinkedHashMap<>();
		params.forEach((name, values) -> {
			if (name.startsWith("choice_") && name.substring(7).matches("[0-9]{1,7}")
					&& values.getFirst().matches("[0-9]{1,18}")) {
				choices.put(Integer.parseInt(name.substring(7)), Long.parseLong(values.getFirst()));
			}
		});
		run.start(id, choices, preview.preview(id), true);
		return "redirect:/moving-in/" + id;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx,
			Model model) {
		SpreadsheetImports.Job job = imports.get(id);
		if (job.status() == SpreadsheetImports.Status.UPLOADED) {
			return job.mapping() == null ? "redirect:/moving-in/" + id + "/mapping"
					: "redirect:/moving-in/" + id + "/preview";
		}
		model.addAttribute("job", job);
		return htmx != null ? "moving/show :: progress" : "moving/show";
	}

	/**
	 * An interrupted job (its node restarted, or it failed) goes on after its last
	 * committed batch.
	 */
	@PostMapping("/{id}/resume")
	String resume(@PathVariable long id, RedirectAttributes redirect) {
		run.resume(id);
		redirect.addFlashAttribute("flash",
				messages.getMessage("moving.resume.started", null, LocaleContextHolder.getLocale()));
		return "redirect:/moving-in/" + id;
	}

	@PostMapping("/{id}/undo")
	String undo(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		undo.undo(id, actor.email());
		redirect.addFlashAttribute("flash",
				messages.getMessage("moving.undo.done", null, LocaleContextHolder.getLocale()));
		return "redirect:/moving-in/" + id;
	}

	/**
	 * The rejected rows with the file's header and a reason column, to fix and upload
	 * again.
	 */
	@GetMapping("/{id}/rejected.xlsx")
	void rejected(@PathVariable long id, HttpServletResponse response) throws IOException {
		SpreadsheetImports.Job job = imports.get(id);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"rejected-" + id + ".xlsx\"");
		rejectedRows.write(job, response.getOutputStream());
	}

	/**
	 * A refusal (a file that is no spreadsheet, a mapping without the company's name, a
	 * row still to choose for, an undo a later change stands in the way of) goes back to
	 * the step it came from with its Japanese message.
	 */
	@ExceptionHandler(BusinessRuleException.class)
	String refused(BusinessRuleException ex, HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request)
			.put("flashError", messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(),
					LocaleContextHolder.getLocale()));
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.matches("/moving-in/[0-9]+(/.*)?")) {
			return "redirect:/moving-in";
		}
		String job = path.replaceFirst("^(/moving-in/[0-9]+).*$", "$1");
		if (path.endsWith("/run")) {
			return "redirect:" + job + "/preview";
		}
		if (path.endsWith("/mapping") || path.endsWith("/values")) {
			return "redirect:" + (request.getMethod().equals("GET") ? "/moving-in" : path);
		}
		return path.endsWith("/undo") || path.endsWith("/resume") ? "redirect:" + job : "redirect:/moving-in";
	}

	private static void requireMapping(SpreadsheetImports.Job job) {
		if (job.mapping() == null) {
			throw new BusinessRuleException("moving.mapping.missing");
		}
	}

}
