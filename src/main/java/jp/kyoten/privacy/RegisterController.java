package jp.kyoten.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.audit.AuditAction;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.time.HubTime;
import jp.kyoten.platform.web.Feedback;

/**
 * The register of data handlers (作業従事者名簿): the list with its history, the entry form, PDF
 * and xlsx.
 */
@Controller
@RequestMapping("/privacy/handlers")
@PreAuthorize(PrivacyRoles.KEEPERS)
class RegisterController {

	private final Register register;

	private final KeepRegister keep;

	private final PrivacyDocuments documents;

	private final Hubs hubs;

	private final Feedback feedback;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final Clock clock;

	RegisterController(Register register, KeepRegister keep, PrivacyDocuments documents, Hubs hubs, Feedback feedback,
			MessageSource messages, AuditTrail audit, Clock clock) {
		this.register = register;
		this.keep = keep;
		this.documents = documents;
		this.hubs = hubs;
		this.feedback = feedback;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		LocalDate today = currentDay();
		model.addAttribute("handlers", register.all());
		model.addAttribute("history", register.history(200));
		model.addAttribute("untold", register.untold());
		model.addAttribute("today", today);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", HandlerForm.empty(today, hubs.nameOf(HubScope.require())));
		}
		return "privacy/handlers";
	}

	@PostMapping
	String add(@Valid @ModelAttribute("form") HandlerForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return list(model);
		}
		return feedback.redirect(redirect, "/privacy/handlers", "handler.saved", () -> keep.add(form));
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Handler h = register.get(id);
		model.addAttribute("handler", h);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", HandlerForm.of(h));
		}
		return "privacy/handler";
	}

	@PostMapping("/{id}")
	String change(@PathVariable long id, @Valid @ModelAttribute("form") HandlerForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		register.get(id);
		if (!feedback.accepted(errors, () -> keep.change(id, form))) {
			model.addAttribute("handler", register.get(id));
			return "privacy/handler";
		}
		feedback.done(redirect, "handler.saved");
		return "redirect:/privacy/handlers";
	}

	/**
	 * Follows every account of the hub again: in case a change of an account reached the
	 * register not.
	 */
	@PostMapping("/follow-accounts")
	String followAccounts(RedirectAttributes redirect) {
		return feedback.redirect(redirect, "/privacy/handlers", "handler.followed", keep::followAll);
	}

	@PostMapping("/changes/{id}/told")
	String markTold(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate toldOn,
			RedirectAttributes redirect) {
		return feedback.redirect(redirect, "/privacy/handlers", "handler.told", () -> keep.markTold(id, toldOn));
	}

	@GetMapping("/register.pdf")
	ResponseEntity<byte[]> pdf() {
		long hubId = HubScope.require();
		byte[] pdf = documents.register(hubs.nameOf(hubId), hubs.get(hubId).getPrefectureCode(), register.all());
		audit.record(AuditAction.EXPORT, "privacy_handler", null, "作業従事者名簿 PDF");
		return download(pdf, MediaType.APPLICATION_PDF, "作業従事者名簿.pdf");
	}

	@GetMapping("/register.xlsx")
	ResponseEntity<byte[]> xlsx(Locale locale) {
		List<Handler> handlers = register.all();
		String[] keys = { "handler.responsible", "handler.name", "handler.organisation", "handler.roleTitle",
				"handler.dataHandled", "handler.nationality", "handler.expertise", "handler.fromDate",
				"handler.toDate" };
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(messages.getMessage("handler.title", null, locale));
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			Cell title = sheet.createRow(0).createCell(0);
			title.setCellValue(
					messages.getMessage("handler.document", null, locale) + "　" + hubs.nameOf(HubScope.require()));
			title.setCellStyle(bold);
			Row header = sheet.createRow(2);
			for (int c = 0; c < keys.length; c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(messages.getMessage(keys[c], null, locale));
				cell.setCellStyle(bold);
			}
			int r = 3;
			for (Handler h : handlers) {
				Row row = sheet.createRow(r++);
				Object[] values = { h.responsible() ? "○" : "", h.name(), h.organisation(), h.roleTitle(),
						h.dataHandled(), h.nationality(), h.expertise(), HubTime.date(h.fromDate()),
						h.toDate() == null ? "" : HubTime.date(h.toDate()) };
				for (int c = 0; c < values.length; c++) {
					row.createCell(c).setCellValue(values[c] == null ? "" : values[c].toString());
				}
			}
			for (int c = 0; c < keys.length; c++) {
				sheet.setColumnWidth(c, 20 * 256);
			}
			book.write(out);
			audit.record(AuditAction.EXPORT, "privacy_handler", null, "作業従事者名簿 xlsx");
			return download(out.toByteArray(),
					MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
					"作業従事者名簿.xlsx");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	private LocalDate currentDay() {
		return LocalDate.now(clock.withZone(HubTime.ZONE));
	}

}
