package jp.kyoten.obligations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.web.Feedback;

/**
 * The obligations of the hub's fiscal year (契約上の義務): the page where managers keep them
 * and hand in documents, and the dashboard's panel (an htmx fragment, so that the
 * dashboard knows nothing of this module).
 */
@Controller
@RequestMapping("/obligations")
@PreAuthorize(ObligationRoles.READERS)
class ObligationsController {

	private final Obligations obligations;

	private final ChangeObligations change;

	private final Feedback feedback;

	private final AuditTrail audit;

	ObligationsController(Obligations obligations, ChangeObligations change, Feedback feedback, AuditTrail audit) {
		this.obligations = obligations;
		this.change = change;
		this.feedback = feedback;
		this.audit = audit;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer fiscalYear, Model model) {
		int year = year(fiscalYear);
		model.addAttribute("year", year);
		model.addAttribute("reiwa", year - 2018);
		model.addAttribute("obligations", obligations.of(year, Obligations.today()));
		model.addAttribute("contractStart", obligations.contractStart(year));
		model.addAttribute("eventKinds", java.util.List.of("COUNCIL", "SEMINAR", "MINI_SEMINAR", "NETWORKING",
				"WORKSHOP", "MATCHING", "SYMPOSIUM", "CONSULTATION_DAY"));
		return "obligations/list";
	}

	@GetMapping("/panel")
	String panel(@RequestParam(required = false) Integer fiscalYear, Model model) {
		int year = year(fiscalYear);
		model.addAttribute("year", year);
		model.addAttribute("obligations", obligations.of(year, Obligations.today()));
		return "obligations/panel :: panel";
	}

	@PostMapping("/{id}")
	@PreAuthorize(ObligationRoles.EDITORS)
	String change(@PathVariable long id, @RequestParam int version, @RequestParam int fiscalYear,
			@RequestParam(required = false) String title, @RequestParam(required = false) Integer minimum,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			@RequestParam(required = false) Integer dueDay, @RequestParam(required = false) Integer warnDays,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return act(fiscalYear, redirect, "obligation.saved", () -> change.change(id, version,
				new ChangeObligations.Changes(title, minimum, dueOn, dueDay, warnDays, note)));
	}

	@PostMapping
	@PreAuthorize(ObligationRoles.EDITORS)
	String add(@RequestParam int fiscalYear, @RequestParam(required = false) ObligationKind kind,
			@RequestParam(required = false) String title, @RequestParam(required = false) String eventKind,
			@RequestParam(required = false) Integer minimum,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			RedirectAttributes redirect) {
		return act(fiscalYear, redirect, "obligation.added", () -> {
			if (kind == null) {
				throw new BusinessRuleException("obligation.invalid");
			}
			change.add(fiscalYear, kind, title, eventKind, minimum, dueOn);
		});
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize(ObligationRoles.EDITORS)
	String remove(@PathVariable long id, @RequestParam int fiscalYear, RedirectAttributes redirect) {
		return act(fiscalYear, redirect, "obligation.removed", () -> change.remove(id));
	}

	@PostMapping("/contract-start")
	@PreAuthorize(ObligationRoles.EDITORS)
	String contractStart(@RequestParam int fiscalYear,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
			RedirectAttributes redirect) {
		return act(fiscalYear, redirect, "obligation.saved", () -> change.contractStart(fiscalYear, start));
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize(ObligationRoles.EDITORS)
	String submit(@PathVariable long id, @RequestParam int fiscalYear,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate submittedOn,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		return act(fiscalYear, redirect, "obligation.submitted", () -> {
			try {
				boolean given = file != null && !file.isEmpty();
				if (given && file.getSize() > ChangeObligations.MAX_FILE) {
					throw new BusinessRuleException("obligation.file.tooLarge");
				}
				change.submit(id, submittedOn, given ? file.getOriginalFilename() : null,
						given ? file.getContentType() : null, given ? file.getBytes() : null);
			}
			catch (IOException ex) {
				throw new BusinessRuleException("obligation.file.unreadable");
			}
		});
	}

	/** The handed-in document, for the hub and the prefecture's officer. */
	@GetMapping("/{id}/file")
	ResponseEntity<byte[]> file(@PathVariable long id) {
		ChangeObligations.StoredFile f = change.file(id).orElseThrow(() -> new RecordNotFoundException("file", id));
		audit.viewed("obligation", id, "file " + f.name());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(f.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(f.name(), StandardCharsets.UTF_8).build().toString())
			.body(f.data());
	}

	private String act(int fiscalYear, RedirectAttributes redirect, String doneKey, Runnable action) {
		return feedback.redirect(redirect, "/obligations?fiscalYear=" + fiscalYear, doneKey, action);
	}

	static int year(Integer fiscalYear) {
		if (fiscalYear == null) {
			return Obligations.fiscalYearOf(Obligations.today());
		}
		if (fiscalYear < 2000 || fiscalYear > 2100) {
			throw new RecordNotFoundException("fiscal year", fiscalYear);
		}
		return fiscalYear;
	}

}
