package jp.kyoten.finance;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.validation.Valid;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.web.ListParams;

/**
 * 経費帳簿: the entries of a fiscal year with their evidence, booking and reversing, closing
 * months.
 */
@Controller
@RequestMapping("/finance/ledger")
@PreAuthorize(FinanceRoles.READERS)
class LedgerController {

	private final Ledger ledger;

	private final RecordExpense record;

	private final KeepEvidence evidence;

	private final CloseMonth close;

	private final Hubs hubs;

	private final FinancePages pages;

	private final FinanceSettings settings;

	LedgerController(Ledger ledger, RecordExpense record, KeepEvidence evidence, CloseMonth close, Hubs hubs,
			FinancePages pages, FinanceSettings settings) {
		this.settings = settings;
		this.ledger = ledger;
		this.record = record;
		this.evidence = evidence;
		this.close = close;
		this.hubs = hubs;
		this.pages = pages;
	}

	@GetMapping
	String ledger(@RequestParam(required = false) Integer fiscalYear, @RequestParam(required = false) String q,
			ListParams list, HttpServletRequest request, Model model) {
		int year = pages.fiscalYear(fiscalYear);
		if (!model.containsAttribute("expenseForm")) {
			model.addAttribute("expenseForm", ExpenseForm.blank(pages.today()));
		}
		String text = FormText.trimmed(q);
		model.addAttribute("q", text);
		model.addAttribute("entries",
				ledger.page(year, text, list.request(Ledger.SORTING), ListParams.baseUrl(request)));
		return show(year, model);
	}

	@PostMapping("/entries")
	@PreAuthorize(FinanceRoles.BOOKKEEPER)
	String book(@Valid @ModelAttribute ExpenseForm expenseForm, BindingResult errors,
			@RequestParam(value = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		int year = expenseForm.entryDate() != null ? Hubs.fiscalYearOf(expenseForm.entryDate())
				: pages.fiscalYear(null);
		if (errors.hasErrors()) {
			return shown(year, model);
		}
		RecordExpense.Upload upload = null;
		if (file != null && !file.isEmpty()) {
			if (file.getSize() > evidence.maxBytes()) {
				// refused before the bytes are read into memory
				errors.reject("finance.evidence.tooLarge", new Object[] { evidence.maxBytes() / 1024 / 1024 }, null);
				return shown(year, model);
			}
			upload = new RecordExpense.Upload(
					expenseForm.evidenceKind() != null ? expenseForm.evidenceKind() : EvidenceKind.RECEIPT,
					file.getOriginalFilename(), file.getBytes());
		}
		RecordExpense.Upload evidenceFile = upload;
		var booked = pages.saved(errors, () -> record.record(expenseForm.expense(), evidenceFile));
		if (booked.isEmpty()) {
			return shown(year, model);
		}
		redirect.addFlashAttribute("flash", pages.message("finance.entry.booked", booked.get().id()));
		if (!booked.get().overLimit().isEmpty()) {
			// flash attributes live in the session (kept in the database): plain strings
			// only
			redirect.addFlashAttribute("ratioWarnings",
					booked.get()
						.overLimit()
						.stream()
						.map(r -> pages.message("finance.ratio.warning", pages.message("finance.rule." + r.rule()),
								r.percent()))
						.toList());
		}
		return "redirect:/finance/ledger?fiscalYear=" + year;
	}

	@PostMapping("/entries/{id}/reverse")
	@PreAuthorize(FinanceRoles.BOOKKEEPER)
	String reverse(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		EntryView entry = ledger.get(id);
		LocalDate day = date != null ? date : pages.today();
		return pages.act(redirect, "/finance/ledger?fiscalYear=" + entry.fiscalYear(),
				() -> pages.message("finance.entry.reversed", id, record.reverse(id, day, reason)));
	}

	@PostMapping("/entries/{id}/evidence")
	@PreAuthorize(FinanceRoles.BOOKKEEPER)
	String attach(@PathVariable long id, @RequestParam(defaultValue = "RECEIPT") EvidenceKind kind,
			@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
		EntryView entry = ledger.get(id);
		String back = "/finance/ledger?fiscalYear=" + entry.fiscalYear();
		if (file.getSize() > evidence.maxBytes()) {
			redirect.addFlashAttribute("flashError",
					pages.message("finance.evidence.tooLarge", evidence.maxBytes() / 1024 / 1024));
			return "redirect:" + back;
		}
		byte[] data = file.getBytes();
		return pages.act(redirect, back, () -> {
			evidence.upload(id, kind, file.getOriginalFilename(), data);
			return pages.message("finance.evidence.added");
		});
	}

	@GetMapping("/entries/{id}/evidence/{evidenceId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long evidenceId) {
		KeepEvidence.Evidence e = evidence.download(id, evidenceId)
			.orElseThrow(() -> new RecordNotFoundException("finance_evidence", evidenceId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(e.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(e.filename(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(e.data());
	}

	@PostMapping("/close")
	@PreAuthorize(FinanceRoles.BOOKKEEPER)
	String close(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, RedirectAttributes redirect) {
		return pages.act(redirect, "/finance/ledger?fiscalYear=" + Hubs.fiscalYearOf(month.atDay(1)), () -> {
			close.close(month);
			return pages.message("finance.close.done", month.getYear(), month.getMonthValue());
		});
	}

	/**
	 * The ledger's first page after a refused form (the entries as the page opens, the
	 * form with its errors).
	 */
	private String shown(int year, Model model) {
		model.addAttribute("q", null);
		model.addAttribute("entries", ledger.page(year, null,
				new ListParams(null, null, null, null).request(Ledger.SORTING), "/finance/ledger?fiscalYear=" + year));
		return show(year, model);
	}

	private String show(int year, Model model) {
		model.addAttribute("fiscalYear", year);
		model.addAttribute("categories", ExpenseCategory.of(hubs.kindOf(HubScope.require())));
		model.addAttribute("evidenceKinds", EvidenceKind.values());
		model.addAttribute("linkKinds", LinkKind.values());
		List<YearMonth> closed = ledger.closedMonths(year);
		model.addAttribute("closedMonths", closed);
		YearMonth now = YearMonth.from(pages.today());
		model.addAttribute("closable",
				BudgetAgainstActual.months(year).stream().filter(m -> m.isBefore(now) && !closed.contains(m)).toList());
		LocalDate today = pages.today();
		model.addAttribute("today", today);
		model.addAttribute("retainedUntil", Ledger.retainedUntil(year, settings.retentionYears()));
		model.addAttribute("disposable",
				ledger.fiscalYears()
					.stream()
					.filter(y -> Ledger.retainedUntil(y, settings.retentionYears()).isBefore(today))
					.toList());
		return "finance/ledger";
	}

}
