package jp.kyoten.moving;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.directory.CompanyData;
import jp.kyoten.directory.CompanyRow;
import jp.kyoten.directory.ImportedCompanies;
import jp.kyoten.directory.Places;

/**
 * The dry run: every row read and matched to the directory as the import will do it,
 * nothing written. It answers the counts (rows, new companies, matched companies, rows to
 * choose for, rejected rows, consultations), the first rows as they will be saved, every
 * problem with its cell and reason, and the rows where several companies of the directory
 * may be the one meant — those the person chooses for before the import can start (a row
 * is never refused, nor silently made a duplicate, because it matched twice).
 */
@Service
@Transactional(readOnly = true)
public class PreviewSpreadsheetImport {

	/**
	 * A row whose company the directory holds more than once; the person picks one, or a
	 * new registration.
	 */
	public record Choice(int rowNumber, String name, List<CompanyRow> matches) {
	}

	/**
	 * A row of the sample: what will be saved, what becomes of its company, and its place
	 * (熊本県 熊本市中央区).
	 */
	public record SampleRow(ImportRow row, String outcomeKey, String companyName, String place) {

		SampleRow(ImportRow row, String outcomeKey, String companyName) {
			this(row, outcomeKey, companyName,
					Places.name(row.company().prefectureCode(), row.company().municipalityCode()));
		}

	}

	/**
	 * A problem of a row: the row, the cell and the reason; {@code error} false for a
	 * warning.
	 */
	public record RowProblem(int rowNumber, String cell, String reason, boolean error) {
	}

	public record Preview(int rows, int newCompanies, int matchedCompanies, int choices, int rejected,
			int consultations, int followUps, List<SampleRow> sample, List<RowProblem> problems, List<Choice> toChoose,
			boolean problemsCut, int needs, int placements, int participants) {

		/** Rows that will be written. */
		public int good() {
			return rows - rejected;
		}

	}

	static final int SAMPLE_ROWS = 10;

	static final int PROBLEMS_SHOWN = 500;

	private final ImportReading reading;

	private final ImportedCompanies companies;

	private final SpreadsheetImports imports;

	PreviewSpreadsheetImport(ImportReading reading, ImportedCompanies companies, SpreadsheetImports imports) {
		this.reading = reading;
		this.companies = companies;
		this.imports = imports;
	}

	public Preview preview(long importId) {
		SpreadsheetImports.Job job = imports.get(importId);
		if (job.mapping() == null) {
			throw new jp.kyoten.platform.BusinessRuleException("moving.mapping.missing");
		}
		int[] counts = new int[10];
		List<SampleRow> sample = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		List<Choice> toChoose = new ArrayList<>();
		Map<String, String> seen = new HashMap<>();
		boolean[] cut = { false };
		List<ImportRow> buffer = new ArrayList<>();
		Consumer<List<ImportRow>> flush = rows -> {
			// the companies of these rows not seen before, looked up in one statement
			Map<String, CompanyData> unseen = new LinkedHashMap<>();
			for (ImportRow row : rows) {
				String key = ImportReading.companyKey(row.company());
				if (!row.rejected() && !seen.containsKey(key)) {
					unseen.putIfAbsent(key, row.company());
				}
			}
			Map<String, List<CompanyRow>> found = new HashMap<>();
			if (!unseen.isEmpty()) {
				List<List<CompanyRow>> answers = companies.candidatesOf(List.copyOf(unseen.values()));
				int i = 0;
				for (String key : unseen.keySet()) {
					found.put(key, answers.get(i++));
				}
			}
			rows.forEach(row -> one(row, found, counts, sample, problems, toChoose, seen, cut));
			rows.clear();
		};
		reading.forEachRow(job, row -> {
			buffer.add(row);
			if (buffer.size() >= RunSpreadsheetImport.BATCH) {
				flush.accept(buffer);
			}
		});
		flush.accept(buffer);
		return new Preview(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6],
				List.copyOf(sample), List.copyOf(problems), List.copyOf(toChoose), cut[0], counts[7], counts[8],
				counts[9]);
	}

	/**
	 * One row of the dry run, its company's candidates looked up beforehand with its
	 * batch's.
	 */
	private static void one(ImportRow row, Map<String, List<CompanyRow>> found, int[] counts, List<SampleRow> sample,
			List<RowProblem> problems, List<Choice> toChoose, Map<String, String> seen, boolean[] cut) {
		{
			counts[0]++;
			for (ImportRow.Problem p : row.errors()) {
				add(problems, new RowProblem(row.rowNumber(), p.cell(), p.reason(), true), cut);
			}
			for (ImportRow.Problem p : row.warnings()) {
				add(problems, new RowProblem(row.rowNumber(), p.cell(), p.reason(), false), cut);
			}
			if (row.rejected()) {
				counts[4]++;
				if (sample.size() < SAMPLE_ROWS) {
					sample.add(new SampleRow(row, "moving.outcome.rejected", row.company().name()));
				}
				return;
			}
			String key = ImportReading.companyKey(row.company());
			String outcome = seen.get(key);
			String companyName = row.company().name();
			if (outcome == null) {
				List<CompanyRow> candidates = found.get(key);
				if (candidates.isEmpty()) {
					outcome = "moving.outcome.new";
					counts[1]++;
				}
				else if (candidates.size() == 1) {
					outcome = "moving.outcome.matched";
					companyName = candidates.getFirst().name();
					counts[2]++;
				}
				else {
					outcome = "moving.outcome.choose";
					counts[3]++;
					toChoose.add(new Choice(row.rowNumber(), row.company().name(), candidates));
				}
				seen.put(key, outcome);
			}
			if (row.placement() != null) {
				counts[8]++;
			}
			else if (row.need() != null) {
				counts[7]++;
			}
			if (row.participant() != null) {
				counts[9]++;
			}
			if (row.consultation() != null) {
				counts[5]++;
				if (row.consultation().followUp()) {
					counts[6]++;
				}
			}
			if (sample.size() < SAMPLE_ROWS) {
				sample.add(new SampleRow(row, outcome, companyName));
			}
		}
	}

	private static void add(List<RowProblem> problems, RowProblem p, boolean[] cut) {
		if (problems.size() < PROBLEMS_SHOWN) {
			problems.add(p);
		}
		else {
			cut[0] = true;
		}
	}

}
