package jp.kyoten.finance;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 確定検査 package of one fiscal year, written straight to the response as a zip:
 * {@code 経費帳簿.xlsx} (予算対実績 with the ratio checks, every entry with the paths of its
 * evidence, and the index of the evidence files) and every evidence file under
 * {@code 証拠書類/}, named by its index number. Heap stays bounded: the workbook is a
 * streaming one (rows beyond a window go to a temporary file), entries are read with a
 * fetch size, and evidence files are read through one cursor, one at a time.
 */
@Component
class InspectionPackage {

	private final Ledger ledger;

	private final BudgetAgainstActual budget;

	private final KeepEvidence evidence;

	private final MessageSource messages;

	private final Personnel personnel;

	InspectionPackage(Ledger ledger, BudgetAgainstActual budget, KeepEvidence evidence, MessageSource messages,
			Personnel personnel) {
		this.personnel = personnel;
		this.ledger = ledger;
		this.budget = budget;
		this.evidence = evidence;
		this.messages = messages;
	}

	static String filename(int fiscalYear) {
		return "kakutei-kensa-" + fiscalYear + ".zip";
	}

	void write(int fiscalYear, OutputStream target, Locale locale) throws IOException {
		List<EvidenceView> files = ledger.evidenceOfYear(fiscalYear);
		Map<Long, String> paths = new HashMap<>();
		Map<Long, StringBuilder> pathsOfEntry = new HashMap<>();
		for (int i = 0; i < files.size(); i++) {
			EvidenceView f = files.get(i);
			String path = "%s/%05d_%s".formatted(text("finance.zip.folder", locale), i + 1, f.filename());
			paths.put(f.id(), path);
			StringBuilder ofEntry = pathsOfEntry.computeIfAbsent(f.entryId(), k -> new StringBuilder());
			ofEntry.append(ofEntry.isEmpty() ? "" : "\n").append(path);
		}
		ZipOutputStream zip = new ZipOutputStream(target, java.nio.charset.StandardCharsets.UTF_8);
		// PDFs and photographs are compressed already: the fastest level costs little CPU
		// and gains as much
		zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
		zip.putNextEntry(new ZipEntry(text("finance.zip.workbook", locale)));
		workbook(fiscalYear, files, paths, pathsOfEntry, new FilterOutputStream(zip) {
			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				out.write(b, off, len);
			}

			@Override
			public void close() throws IOException {
				flush();
			}
		}, locale);
		zip.closeEntry();
		evidence.eachFile(fiscalYear, (id, content) -> {
			String path = paths.get(id);
			// a file attached while the package is written is not in its index: it waits
			// for the next package
			if (path != null) {
				zip.putNextEntry(new ZipEntry(path));
				content.transferTo(zip);
				zip.closeEntry();
			}
		});
		zip.finish();
		zip.flush();
	}

	private void workbook(int fiscalYear, List<EvidenceView> files, Map<Long, String> paths,
			Map<Long, StringBuilder> pathsOfEntry, OutputStream out, Locale locale) throws IOException {
		SXSSFWorkbook book = new SXSSFWorkbook(200);
		try {
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			budgetSheet(book.createSheet(text("finance.zip.sheet.budget", locale)), budget.of(fiscalYear), bold,
					locale);
			Sheet entries = book.createSheet(text("finance.zip.sheet.ledger", locale));
			header(entries, bold, locale, "finance.entry.id", "finance.entry.date", "finance.entry.category",
					"finance.entry.payee", "finance.entry.purpose", "finance.entry.amount", "finance.entry.tax",
					"finance.entry.reverses", "finance.entry.evidence");
			int[] r = { 1 };
			ledger.eachEntry(fiscalYear, e -> {
				Row row = entries.createRow(r[0]++);
				row.createCell(0).setCellValue(e.id());
				row.createCell(1).setCellValue(e.entryDate().toString());
				row.createCell(2).setCellValue(text("finance.category." + e.category(), locale));
				row.createCell(3).setCellValue(e.payee());
				row.createCell(4).setCellValue(e.purpose());
				row.createCell(5).setCellValue(e.amount());
				row.createCell(6).setCellValue(e.tax());
				if (e.reverses() != null) {
					row.createCell(7).setCellValue(e.reverses());
				}
				StringBuilder p = pathsOfEntry.get(e.id());
				// a personnel cost entry's evidence is the work records it was computed
				// from, on their own sheet
				String none = text(e.workMonth() != null ? "finance.zip.workSheet" : "finance.zip.noEvidence", locale);
				row.createCell(8).setCellValue(p == null ? none : p.toString());
			});
			Sheet index = book.createSheet(text("finance.zip.sheet.index", locale));
			header(index, bold, locale, "finance.zip.col.number", "finance.entry.id", "finance.evidence.kind",
					"finance.zip.col.path", "finance.zip.col.size");
			for (int i = 0; i < files.size(); i++) {
				EvidenceView f = files.get(i);
				Row row = index.createRow(i + 1);
				row.createCell(0).setCellValue(i + 1);
				row.createCell(1).setCellValue(f.entryId());
				row.createCell(2).setCellValue(text("finance.evidenceKind." + f.kind(), locale));
				row.createCell(3).setCellValue(paths.get(f.id()));
				row.createCell(4).setCellValue(f.sizeBytes());
			}
			Sheet work = book.createSheet(text("finance.zip.sheet.work", locale));
			header(work, bold, locale, "finance.work.date", "finance.staff.name", "finance.staff.post",
					"finance.personnel.hours", "finance.personnel.cases", "finance.work.note");
			int[] w = { 1 };
			personnel.eachWorkDay(fiscalYear, (d, post) -> {
				Row row = work.createRow(w[0]++);
				row.createCell(0).setCellValue(d.workDate().toString());
				row.createCell(1).setCellValue(d.staffName());
				row.createCell(2).setCellValue(text("finance.post." + post, locale));
				row.createCell(3).setCellValue(d.hours().doubleValue());
				row.createCell(4).setCellValue(d.dayFraction().doubleValue());
				row.createCell(5).setCellValue(d.note() == null ? "" : d.note());
			});
			book.write(out);
		}
		finally {
			book.close();
			book.dispose();
		}
	}

	private void budgetSheet(Sheet sheet, BudgetReport report, CellStyle bold, Locale locale) {
		Row head = sheet.createRow(0);
		head.createCell(0).setCellValue(text("finance.budget.category", locale));
		head.createCell(1).setCellValue(text("finance.budget.budget", locale));
		for (int m = 0; m < report.months().size(); m++) {
			head.createCell(2 + m).setCellValue(text("finance.month", locale, report.months().get(m).getMonthValue()));
		}
		head.createCell(14).setCellValue(text("finance.budget.actual", locale));
		head.createCell(15).setCellValue(text("finance.budget.remaining", locale));
		head.forEach(c -> c.setCellStyle(bold));
		int r = 1;
		for (BudgetLine line : report.lines()) {
			Row row = sheet.createRow(r++);
			row.createCell(0)
				.setCellValue(
						line.category().group().numeral() + " " + text("finance.category." + line.category(), locale));
			row.createCell(1).setCellValue(line.budget());
			for (int m = 0; m < line.months().size(); m++) {
				row.createCell(2 + m).setCellValue(line.months().get(m));
			}
			row.createCell(14).setCellValue(line.actual());
			row.createCell(15).setCellValue(line.remaining());
		}
		Row total = sheet.createRow(r++);
		total.createCell(0).setCellValue(text("finance.budget.total", locale));
		total.createCell(1).setCellValue(report.budgetTotal());
		total.createCell(14).setCellValue(report.actualTotal());
		r++;
		for (RatioCheck check : report.ratios()) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(text("finance.rule." + check.rule(), locale));
			row.createCell(1).setCellValue(check.percent().toPlainString() + "%");
			row.createCell(2).setCellValue(text("finance.level." + check.level(), locale));
		}
	}

	private void header(Sheet sheet, CellStyle bold, Locale locale, String... keys) {
		Row row = sheet.createRow(0);
		for (int c = 0; c < keys.length; c++) {
			row.createCell(c).setCellValue(text(keys[c], locale));
			row.getCell(c).setCellStyle(bold);
		}
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
