package jp.kyoten.activity;

import java.time.Clock;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.export.CsvWriter;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.Roles;
import jp.kyoten.platform.web.Feedback;

/**
 * The よろず支援拠点's 相談カルテ: consent to share and policy areas per consultation, the monthly
 * support record per coordinator (page, CSV, xlsx), and the national HQ export that
 * carries consented records only. Only hubs of kind YOROZU have these pages; for others
 * they do not exist (404).
 */
@Controller
@PreAuthorize(ActivityRoles.STAFF)
class ConsultationRecordsController {

	private final Clock clock;

	private final ConsultationRecords records;

	private final Hubs hubs;

	private final UserAccounts accounts;

	private final Feedback feedback;

	private final jp.kyoten.audit.AuditTrail audit;

	ConsultationRecordsController(ConsultationRecords records, Hubs hubs, UserAccounts accounts, Feedback feedback,
			jp.kyoten.audit.AuditTrail audit, Clock clock) {
		this.clock = clock;
		this.audit = audit;
		this.records = records;
		this.hubs = hubs;
		this.accounts = accounts;
		this.feedback = feedback;
	}

	@PostMapping("/consultations/{id}/karte")
	String update(@PathVariable long id, @RequestParam(defaultValue = "false") boolean shareConsent,
			@RequestParam(required = false) ConsentForm consentForm,
			@RequestParam(required = false) LocalDate consentOn,
			@RequestParam(name = "areas", required = false) List<PolicyArea> areas, RedirectAttributes redirect) {
		requireYorozu();
		if (feedback.accepted(redirect, () -> {
			records.update(id, shareConsent, consentForm, consentOn,
					areas == null || areas.isEmpty() ? EnumSet.noneOf(PolicyArea.class) : EnumSet.copyOf(areas));
		})) {
			feedback.done(redirect, "karte.saved");
		}
		return "redirect:/consultations/" + id + "#karte";
	}

	@GetMapping("/yorozu/records")
	String month(@RequestParam(required = false) YearMonth month, @RequestParam(required = false) Long staff,
			Model model) {
		requireYorozu();
		YearMonth m = month != null ? month : YearMonth.now(clock);
		List<ConsultationRecords.SupportRecord> rows = new ArrayList<>();
		records.supportRecords(m, staff, rows::add);
		model.addAttribute("month", m);
		model.addAttribute("staff", staff);
		model.addAttribute("rows", rows);
		model.addAttribute("totals", records.totals(m));
		model.addAttribute("staffMembers",
				accounts.membersOf(HubScope.require()).stream().filter(s -> s.isStaff()).toList());
		return "activity/yorozu-records";
	}

	@GetMapping("/yorozu/records.csv")
	void csv(@RequestParam YearMonth month, @RequestParam(required = false) Long staff,
			@RequestParam(required = false) String charset, HttpServletResponse response) throws IOException {
		requireYorozu();
		CsvWriter.Encoding encoding = CsvWriter.Encoding.of(charset);
		audit.record(jp.kyoten.audit.AuditAction.EXPORT, "consultation", null, "相談カルテ CSV " + month);
		attachment(response, encoding.contentType(), "support-records-" + month + ".csv");
		try (CsvWriter csv = new CsvWriter(response.getOutputStream(), encoding)) {
			csv.row(headings());
			records.supportRecords(month, staff, r -> csv.row(cells(r)));
		}
	}

	@GetMapping("/yorozu/records.xlsx")
	void xlsx(@RequestParam YearMonth month, @RequestParam(required = false) Long staff, HttpServletResponse response)
			throws IOException {
		requireYorozu();
		audit.record(jp.kyoten.audit.AuditAction.EXPORT, "consultation", null, "相談カルテ xlsx " + month);
		attachment(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				"support-records-" + month + ".xlsx");
		// streamed: only a window of rows is kept in memory however long the month
		try (SXSSFWorkbook book = new SXSSFWorkbook(200); OutputStream out = response.getOutputStream()) {
			Sheet sheet = book.createSheet(feedback.say("karte.sheet", month.getYear(), month.getMonthValue()));
			sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
			sheet.getPrintSetup().setLandscape(true);
			sheet.setFitToPage(true);
			sheet.getPrintSetup().setFitWidth((short) 1);
			sheet.getPrintSetup().setFitHeight((short) 0);
			sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
			CellStyle date = book.createCellStyle();
			date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
			CellStyle bold = book.createCellStyle();
			var font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			List<String> headings = headings();
			Row head = sheet.createRow(0);
			for (int i = 0; i < headings.size(); i++) {
				head.createCell(i).setCellValue(headings.get(i));
				head.getCell(i).setCellStyle(bold);
			}
			int[] next = { 1 };
			records.supportRecords(month, staff, r -> {
				Row row = sheet.createRow(next[0]++);
				List<Object> cells = cells(r);
				for (int i = 0; i < cells.size(); i++) {
					Object v = cells.get(i);
					var cell = row.createCell(i);
					if (v instanceof LocalDate d) {
						cell.setCellValue(d);
						cell.setCellStyle(date);
					}
					else if (v instanceof Number n) {
						cell.setCellValue(n.doubleValue());
					}
					else if (v != null) {
						cell.setCellValue(v.toString());
					}
				}
			});
			book.write(out);
			book.dispose();
		}
	}

	/**
	 * For the national HQ: consented records only; the unconsented never leave the hub.
	 */
	@GetMapping("/yorozu/shared.csv")
	@PreAuthorize(Roles.MANAGERS)
	void shared(@RequestParam YearMonth month, @RequestParam(required = false) String charset,
			HttpServletResponse response) throws IOException {
		requireYorozu();
		CsvWriter.Encoding encoding = CsvWriter.Encoding.of(charset);
		attachment(response, encoding.contentType(), "shared-records-" + month + ".csv");
		try (CsvWriter csv = new CsvWriter(response.getOutputStream(), encoding)) {
			csv.row(headings());
			records.sharedRecords(month, r -> csv.row(cells(r)));
		}
	}

	private void requireYorozu() {
		if (hubs.kindOf(HubScope.require()) != HubKind.YOROZU) {
			throw new RecordNotFoundException("yorozu-record", HubScope.require());
		}
	}

	private List<String> headings() {
		return List.of(feedback.say("consultation.date"), feedback.say("consultation.company"),
				feedback.say("karte.corporateNumber"), feedback.say("consultation.staff"),
				feedback.say("consultation.channel"), feedback.say("consultation.kind"),
				feedback.say("consultation.issues"), feedback.say("karte.policyAreas"),
				feedback.say("karte.shareConsent"), feedback.say("consultation.summary"));
	}

	private List<Object> cells(ConsultationRecords.SupportRecord r) {
		List<Object> cells = new ArrayList<>();
		cells.add(r.date());
		cells.add(r.companyName());
		cells.add(r.corporateNumber());
		cells.add(r.staffName());
		cells.add(feedback.say("channel." + r.channel()));
		cells.add(feedback.say(r.followUp() ? "consultation.kind.followUp" : "consultation.kind.new"));
		cells.add(r.issues().stream().map(i -> feedback.say("issue." + i)).collect(Collectors.joining("、")));
		cells.add(r.policyAreas().stream().map(a -> feedback.say("policyArea." + a)).collect(Collectors.joining("、")));
		cells.add(feedback.say(r.shareConsent() ? "karte.consent.yes" : "karte.consent.no"));
		cells.add(r.summary());
		return cells;
	}

	private static void attachment(HttpServletResponse response, String contentType, String filename) {
		response.setContentType(contentType);
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment().filename(filename).build().toString());
	}

}
