package jp.kyoten.moving;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.activity.ImportedConsultations;
import jp.kyoten.activity.NewConsultation;
import jp.kyoten.activity.Referral;
import jp.kyoten.audit.AuditAction;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.directory.CompanyRow;
import jp.kyoten.directory.ImportedCompanies;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * Runs an import in the background, one transaction per row, so that a bad row costs only itself: what the rows
 * say is written through the directory and activity (registered, matched, filled or updated by the import's rule,
 * consultations recorded — a 継続相談 continuing the company's latest consultation up to its date), every write kept
 * for undo, every rejected row kept with its cells and reason. The progress is written every few rows for the
 * progress bar. The person who started it is the actor of every write and audit entry.
 */
@Service
public class RunSpreadsheetImport {

	private static final Logger log = LoggerFactory.getLogger(RunSpreadsheetImport.class);

	private static final Locale JA = Locale.JAPANESE;

	private static final int PROGRESS_EVERY = 25;

	private final SpreadsheetImports imports;

	private final ImportReading reading;

	private final ImportedCompanies companies;

	private final ImportedConsultations consultations;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final TransactionTemplate tx;

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	RunSpreadsheetImport(SpreadsheetImports imports, ImportReading reading, ImportedCompanies companies,
			ImportedConsultations consultations, AuditTrail audit, MessageSource messages,
			PlatformTransactionManager transactions) {
		this.imports = imports;
		this.reading = reading;
		this.companies = companies;
		this.consultations = consultations;
		this.audit = audit;
		this.messages = messages;
		this.tx = new TransactionTemplate(transactions);
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setThreadNamePrefix("spreadsheet-import-");
		executor.initialize();
	}

	@PreDestroy
	void stop() {
		executor.shutdown();
	}

	/**
	 * Queues the import with the person's choices (row → company id, 0 = register as new) and starts it. The JSON
	 * API, which cannot ask, passes {@code requireChoices} false: a row that matched several companies is then kept
	 * among the rejected rows with the reason, never registered as a duplicate.
	 * @throws BusinessRuleException {@code moving.choices.missing} while a row that matched several companies has no
	 * choice, {@code moving.alreadyQueued} when it runs already
	 */
	public void start(long importId, Map<Integer, Long> choices, PreviewSpreadsheetImport.Preview preview,
			boolean requireChoices) {
		for (PreviewSpreadsheetImport.Choice c : preview.toChoose()) {
			Long chosen = choices.get(c.rowNumber());
			if (chosen == null && !requireChoices) {
				continue;
			}
			if (chosen == null || (chosen != 0 && c.matches().stream().noneMatch(r -> r.id() == chosen))) {
				throw new BusinessRuleException("moving.choices.missing", c.rowNumber());
			}
		}
		if (!imports.queue(importId, choices, preview.rows())) {
			throw new BusinessRuleException("moving.alreadyQueued");
		}
		long hubId = HubScope.require();
		audit.record(AuditAction.IMPORT, "spreadsheet_import", importId, "表計算ファイルの取込を開始");
		executor.execute(new DelegatingSecurityContextRunnable(() -> HubScope.runAs(hubId, () -> run(importId))));
	}

	/** Runs a queued import now, in this thread (the API's tests and the benchmark wait for it). */
	void run(long importId) {
		SpreadsheetImports.Job job = imports.get(importId);
		imports.started(importId);
		Run run = new Run(job);
		try {
			reading.forEachRow(job, run::row);
			run.progress();
			imports.finished(importId, null);
			audit.record(AuditAction.IMPORT, "spreadsheet_import", importId,
					"表計算ファイルの取込: 新規 %d社・一致 %d社・更新 %d社・相談 %d件・エラー %d行".formatted(run.created,
							run.matched, run.updated, run.consultationCount, run.rejected));
		}
		catch (RuntimeException ex) {
			log.warn("spreadsheet import {} failed", importId, ex);
			run.progress();
			imports.finished(importId, ex.getClass().getSimpleName() + ": " + String.valueOf(ex.getMessage()));
		}
	}

	/** A row refused while writing it: its transaction is rolled back, the reason kept. */
	private static final class RowRefused extends RuntimeException {

		RowRefused(String reason) {
			super(reason, null, false, false);
		}

	}

	/** One import's state while it runs: the file's companies decided so far and the counts. */
	private final class Run {

		private final SpreadsheetImports.Job job;

		private final Map<String, Long> companyOfKey = new HashMap<>();

		private final Set<Long> touched = new HashSet<>();

		int rows;

		int created;

		int matched;

		int updated;

		int consultationCount;

		int rejected;

		Run(SpreadsheetImports.Job job) {
			this.job = job;
		}

		void row(ImportRow row) {
			rows++;
			if (row.rejected()) {
				reject(row, row.reasons());
			}
			else {
				String key = ImportReading.companyKey(row.company());
				int[] before = { created, matched, updated, consultationCount };
				try {
					Long companyId = tx.execute(status -> write(row, key));
					companyOfKey.put(key, companyId);
				}
				catch (RowRefused ex) {
					restore(before);
					reject(row, ex.getMessage());
				}
				catch (BusinessRuleException ex) {
					restore(before);
					reject(row, messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), JA));
				}
				catch (RecordNotFoundException | org.springframework.dao.DataAccessException ex) {
					restore(before);
					reject(row, messages.getMessage("moving.problem.write", null, JA));
				}
			}
			if (rows % PROGRESS_EVERY == 0) {
				progress();
			}
		}

		private void restore(int[] before) {
			created = before[0];
			matched = before[1];
			updated = before[2];
			consultationCount = before[3];
		}

		void progress() {
			imports.progress(job.id(), rows, created, matched, updated, consultationCount, rejected);
		}

		private void reject(ImportRow row, String reason) {
			rejected++;
			imports.reject(job.id(), row.rowNumber(), row.cells(), reason);
		}

		private Long write(ImportRow row, String key) {
			Long companyId = companyOfKey.get(key);
			if (companyId == null) {
				List<CompanyRow> candidates = companies.candidates(row.company());
				Long chosen = job.choices().get(row.rowNumber());
				if (candidates.size() > 1 && chosen == null) {
					throw new RowRefused(messages.getMessage("moving.problem.choiceNeeded",
							new Object[] { candidates.size() }, JA));
				}
				if (candidates.isEmpty() || Long.valueOf(0).equals(chosen)) {
					long[] idAndVersion = companies.register(row.company());
					companyId = idAndVersion[0];
					imports.wrote(job.id(), row.rowNumber(), "company", companyId, "CREATED", null, idAndVersion[1]);
					touched.add(companyId);
					created++;
				}
				else {
					companyId = candidates.size() == 1 ? candidates.getFirst().id() : chosen;
					matched++;
				}
			}
			if (!touched.contains(companyId) && job.mapping().rule() != DedupeRule.SKIP) {
				long id = companyId;
				var change = companies.update(id, row.company(), job.mapping().rule() == DedupeRule.FILL_EMPTY);
				if (change.isPresent()) {
					imports.wrote(job.id(), row.rowNumber(), "company", id, "UPDATED", change.get().before(),
							change.get().versionAfter());
					updated++;
				}
			}
			// one update per company and import, so that undo can put each back in one step
			touched.add(companyId);
			Long contactId = null;
			if (row.contact() != null) {
				long[] contact = companies.contact(companyId, row.contact());
				contactId = contact[0];
				if (contact[1] == 1) {
					imports.wrote(job.id(), row.rowNumber(), "contact", contactId, "CREATED", null, 0L);
				}
			}
			if (row.consultation() != null) {
				ImportRow.ConsultationDraft c = row.consultation();
				Long followUpOf = null;
				if (c.followUp()) {
					followUpOf = consultations.latestOf(companyId, c.date())
						.orElseThrow(() -> new RowRefused(messages.getMessage("moving.problem.followUpOfNothing",
								null, JA)));
				}
				long id = consultations.record(new NewConsultation(companyId, c.date(), c.channel(), Referral.NONE,
						c.issues(), c.summary(), followUpOf, contactId,
						row.contact() == null ? null : row.contact().name(), c.staffUserId(), c.nextAction(), null,
						"表計算ファイルの取込 #" + job.id(), null));
				imports.wrote(job.id(), row.rowNumber(), "consultation", id, "CREATED", null, 0L);
				consultationCount++;
			}
			return companyId;
		}

	}

}
