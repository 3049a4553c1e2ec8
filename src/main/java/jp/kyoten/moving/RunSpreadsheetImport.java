package jp.kyoten.moving;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.activity.ImportedConsultations;
import jp.kyoten.activity.NewConsultation;
import jp.kyoten.activity.Referral;
import jp.kyoten.audit.AuditAction;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.directory.CompanyData;
import jp.kyoten.directory.CompanyRow;
import jp.kyoten.directory.ImportedCompanies;
import jp.kyoten.hub.Hub;
import jp.kyoten.hub.Hubs;
import jp.kyoten.events.ImportedParticipants;
import jp.kyoten.matching.ImportedNeeds;
import jp.kyoten.matching.ImportedPlacements;
import jp.kyoten.matching.NeedDetails;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.Actor;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * Runs an import in the background, a batch of rows per transaction (ADR 243): what the
 * rows say is written through the directory and activity in a few statements per batch
 * (the batch's companies looked up in one query, new ones registered in one, contacts and
 * consultations in one each — a 継続相談 continuing the company's latest consultation up to
 * its date), every write kept for undo, every rejected row kept with its cells and
 * reason, and how far the job got — all in the batch's transaction. A row the reading or
 * the rules refuse is left out of its batch before anything is written; a batch that
 * fails in the database anyway is written again row by row, so that a bad row costs only
 * itself. A job whose node stopped resumes after its last committed batch: a poll on
 * every node (claimed atomically, so one runs it) or the person's button. The person who
 * started it is the actor of every write and audit entry.
 */
@Service
public class RunSpreadsheetImport {

	private static final Logger log = LoggerFactory.getLogger(RunSpreadsheetImport.class);

	private static final Locale JA = Locale.JAPANESE;

	/**
	 * Rows per transaction: large enough that statements, not round trips, dominate;
	 * small enough to resume soon.
	 */
	static final int BATCH = 500;

	private final SpreadsheetImports imports;

	private final ImportReading reading;

	private final ImportedCompanies companies;

	private final ImportedConsultations consultations;

	private final ImportedNeeds needs;

	private final ImportedPlacements placements;

	private final ImportedParticipants participants;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Hubs hubs;

	private final TransactionTemplate tx;

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	/** Told of every committed batch; a test stops a job there as a restart would. */
	private volatile BatchListener listener = (id, rowsDone) -> {
	};

	interface BatchListener {

		void committed(long importId, int rowsDone);

	}

	/**
	 * Thrown by a test's listener: the job is left RUNNING, exactly as a killed node
	 * leaves it.
	 */
	static final class StoppedForTest extends RuntimeException {

		StoppedForTest() {
			super("stopped for a test", null, false, false);
		}

	}

	/**
	 * Another runner moved the job on while this one wrote a batch (this one was thought
	 * stopped and the job claimed again): the batch rolls back and this runner stops, so
	 * that no row is written twice.
	 */
	static final class TakenOver extends RuntimeException {

		TakenOver() {
			super("taken over by another runner", null, false, false);
		}

	}

	RunSpreadsheetImport(SpreadsheetImports imports, ImportReading reading, ImportedCompanies companies,
			ImportedConsultations consultations, ImportedNeeds needs, ImportedPlacements placements,
			ImportedParticipants participants, AuditTrail audit, MessageSource messages, Hubs hubs,
			PlatformTransactionManager transactions) {
		this.placements = placements;
		this.participants = participants;
		this.imports = imports;
		this.reading = reading;
		this.companies = companies;
		this.consultations = consultations;
		this.needs = needs;
		this.audit = audit;
		this.messages = messages;
		this.hubs = hubs;
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

	void listen(BatchListener listener) {
		this.listener = listener == null ? (id, rowsDone) -> {
		} : listener;
	}

	/**
	 * Queues the import with the person's choices (row → company id, 0 = register as new)
	 * and starts it. The JSON API, which cannot ask, passes {@code requireChoices} false:
	 * a row that matched several companies is then kept among the rejected rows with the
	 * reason, never registered as a duplicate.
	 * @throws BusinessRuleException {@code moving.choices.missing} while a row that
	 * matched several companies has no choice, {@code moving.alreadyQueued} when it runs
	 * already
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
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		Long userId = auth != null && auth.getPrincipal() instanceof Actor actor ? actor.userId() : null;
		if (!imports.queue(importId, choices, preview.rows(), userId)) {
			throw new BusinessRuleException("moving.alreadyQueued");
		}
		long hubId = HubScope.require();
		audit.record(AuditAction.IMPORT, "spreadsheet_import", importId, "表計算ファイルの取込を開始");
		executor.execute(new DelegatingSecurityContextRunnable(() -> HubScope.runAs(hubId, () -> run(importId))));
	}

	/**
	 * Resumes an interrupted or failed job of the hub in scope after its last committed
	 * batch, in the background.
	 * @throws BusinessRuleException {@code moving.resume.notInterrupted} unless it was
	 * interrupted (or another node took it up meanwhile)
	 */
	public void resume(long importId) {
		SpreadsheetImports.Job job = imports.get(importId);
		if (!job.interrupted() || !imports.claim(importId, SpreadsheetImports.Claim.RESUME)) {
			throw new BusinessRuleException("moving.resume.notInterrupted");
		}
		audit.record(AuditAction.IMPORT, "spreadsheet_import", importId, "表計算ファイルの取込を再開（" + job.rowsDone() + "行を取込済み）");
		submit(HubScope.require(), importId, job);
	}

	/**
	 * Picks up what a stopped node left queued or half done, in every hub: every node
	 * looks, the atomic claim lets exactly one of them run each job, after its last
	 * committed batch.
	 */
	@Scheduled(initialDelay = 60, fixedDelay = 60, timeUnit = TimeUnit.SECONDS)
	void resumeAbandoned() {
		for (Hub hub : hubs.all()) {
			long hubId = hub.getId();
			HubScope.runAs(hubId, () -> {
				for (long id : imports.abandoned()) {
					if (imports.claim(id, SpreadsheetImports.Claim.ABANDONED)) {
						SpreadsheetImports.Job job = imports.get(id);
						log.info("Resuming spreadsheet import {} of hub {} after row {}", id, hubId, job.rowsDone());
						audit.record(AuditAction.IMPORT, "spreadsheet_import", id,
								"中断した表計算ファイルの取込を再開（" + job.rowsDone() + "行を取込済み）");
						submit(hubId, id, job);
					}
				}
			});
		}
	}

	/** Runs a claimed job in the background, acting for the person who started it. */
	private void submit(long hubId, long importId, SpreadsheetImports.Job job) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		if (job.startedByUserId() != null) {
			ImportActor actor = new ImportActor(job.startedByUserId(), job.startedByEmail(), hubId);
			context.setAuthentication(new UsernamePasswordAuthenticationToken(actor, null, List.of()));
		}
		executor.execute(
				new DelegatingSecurityContextRunnable(() -> HubScope.runAs(hubId, () -> process(importId)), context));
	}

	/** The person a resumed job acts for: the actor of its writes and audit entries. */
	record ImportActor(long userId, String email, Long hubId) implements Actor {
	}

	/**
	 * Runs a queued import now, in this thread (the API's tests and the benchmark wait
	 * for it).
	 */
	void run(long importId) {
		if (!imports.claim(importId, SpreadsheetImports.Claim.START)) {
			return;
		}
		process(importId);
	}

	/** Runs a claimed job from its last committed batch to its end. */
	private void process(long importId) {
		SpreadsheetImports.Job job = imports.get(importId);
		Run run = new Run(job, imports.companies(importId));
		try {
			int[] seen = { 0 };
			reading.forEachRow(job, row -> {
				if (seen[0]++ < job.rowsDone()) {
					run.skipped(row);
				}
				else {
					run.add(row);
				}
			});
			run.flush();
			imports.finished(importId, null);
			audit.record(AuditAction.IMPORT, "spreadsheet_import", importId,
					"表計算ファイルの取込: 新規 %d社・一致 %d社・更新 %d社・相談 %d件・求人ニーズ %d件・成約 %d件・参加者 %d名・エラー %d行".formatted(run.created,
							run.matched, run.updated, run.consultationCount, run.needCount, run.placementCount,
							run.participantCount, run.rejected));
		}
		catch (StoppedForTest stopped) {
			throw stopped;
		}
		catch (TakenOver taken) {
			log.warn("spreadsheet import {} was taken over by another runner; this one stops", importId);
		}
		catch (RuntimeException ex) {
			// what was committed stays; the job can be resumed after its last batch
			log.warn("spreadsheet import {} failed", importId, ex);
			imports.finished(importId, ex.getClass().getSimpleName() + ": " + String.valueOf(ex.getMessage()));
		}
	}

	/**
	 * Rows of a batch the rules refuse (by row number, with the reason), found only while
	 * writing it.
	 */
	private static final class BatchRefused extends RuntimeException {

		final Map<Integer, String> reasons;

		BatchRefused(Map<Integer, String> reasons) {
			super("refused rows " + reasons.keySet(), null, false, false);
			this.reasons = reasons;
		}

	}

	/**
	 * A company of the batch still to register: the row's data and the key of the file's
	 * company.
	 */
	private record NewOne(String key, int rowNumber, CompanyData data) {
	}

	/**
	 * A row's company in the batch: a company of the directory, or the index of one the
	 * batch registers.
	 */
	private record CompanyRef(Long id, int newIndex) {

		long resolve(List<Long> registered) {
			return id != null ? id : registered.get(newIndex);
		}

	}

	/**
	 * One import's state while it runs: the file's companies decided so far and the
	 * counts.
	 */
	private final class Run {

		private final SpreadsheetImports.Job job;

		/**
		 * The file's companies (by key) and the directory's company each became:
		 * committed batches only.
		 */
		private final Map<String, Long> companyOfKey;

		/**
		 * Companies the import registered or updated (or matched): each is updated at
		 * most once, for undo.
		 */
		private final Set<Long> touched;

		/**
		 * The choice made for a company of the file, by key: it holds for every row of
		 * that company.
		 */
		private final Map<String, Long> choiceOfKey = new HashMap<>();

		private List<ImportRow> buffer = new ArrayList<>();

		int rows;

		int created;

		int matched;

		int updated;

		int consultationCount;

		int needCount;

		int placementCount;

		int participantCount;

		int rejected;

		Run(SpreadsheetImports.Job job, Map<String, Long> decided) {
			this.job = job;
			this.companyOfKey = new HashMap<>(decided);
			this.touched = new HashSet<>(decided.values());
			this.rows = job.rowsDone();
			this.created = job.created();
			this.matched = job.matched();
			this.updated = job.updated();
			this.consultationCount = job.consultations();
			this.needCount = job.needs();
			this.placementCount = job.placements();
			this.participantCount = job.participants();
			this.rejected = job.rejected();
		}

		/** A row a committed batch wrote already: only its choice is remembered. */
		void skipped(ImportRow row) {
			rememberChoice(row);
		}

		void add(ImportRow row) {
			buffer.add(row);
			if (buffer.size() >= BATCH) {
				flush();
			}
		}

		void flush() {
			if (buffer.isEmpty()) {
				return;
			}
			List<ImportRow> batch = buffer;
			buffer = new ArrayList<>();
			int base = rows;
			try {
				write(batch, base, new HashMap<>());
			}
			catch (RuntimeException ex) {
				if (ex instanceof StoppedForTest || ex instanceof TakenOver) {
					throw ex;
				}
				// the batch was rolled back: each row again on its own, so that only the
				// bad one is rejected
				log.debug("batch of import {} after row {} written row by row: {}", job.id(), base, ex.toString());
				for (int i = 0; i < batch.size(); i++) {
					ImportRow row = batch.get(i);
					try {
						write(List.of(row), base + i, new HashMap<>());
					}
					catch (StoppedForTest | TakenOver stopped) {
						throw stopped;
					}
					catch (BusinessRuleException refusal) {
						// not a page's refusal (Feedback's): a background run's, kept as
						// the row's rejection reason
						// in Japanese, the language of the rejected-rows workbook, and
						// the run goes on
						write(List.of(row), base + i, Map.of(row.rowNumber(), messages.getMessage(refusal.messageKey(),
								refusal.arguments(), refusal.messageKey(), JA)));
					}
					catch (RecordNotFoundException | org.springframework.dao.DataAccessException failure) {
						write(List.of(row), base + i,
								Map.of(row.rowNumber(), messages.getMessage("moving.problem.write", null, JA)));
					}
				}
			}
			listener.committed(job.id(), rows);
		}

		private void rememberChoice(ImportRow row) {
			Long chosen = job.choices().get(row.rowNumber());
			if (chosen != null && !row.rejected()) {
				choiceOfKey.putIfAbsent(ImportReading.companyKey(row.company()), chosen);
			}
		}

		/**
		 * Writes the rows in one transaction, the {@code refused} ones (row number →
		 * reason) and those the reading rejected only as rejections; rows the rules
		 * refuse while writing are added to them and the batch written again. The state
		 * of the run changes only once the transaction committed.
		 */
		private void write(List<ImportRow> batch, int base, Map<Integer, String> refused) {
			Map<Integer, String> reasons = new LinkedHashMap<>(refused);
			while (true) {
				try {
					Batch done = tx.execute(status -> writeOnce(batch, base, reasons));
					commit(done);
					return;
				}
				catch (BatchRefused more) {
					reasons.putAll(more.reasons);
				}
			}
		}

		/** What a batch changed in the run's state, applied once it committed. */
		private record Batch(int rows, Map<String, Long> decided, Map<String, Long> choices, int created, int matched,
				int updated, int consultations, int needs, int placements, int participants, int rejected) {
		}

		private void commit(Batch b) {
			rows = b.rows();
			companyOfKey.putAll(b.decided());
			touched.addAll(b.decided().values());
			b.choices().forEach(choiceOfKey::putIfAbsent);
			created += b.created();
			matched += b.matched();
			updated += b.updated();
			consultationCount += b.consultations();
			needCount += b.needs();
			placementCount += b.placements();
			participantCount += b.participants();
			rejected += b.rejected();
		}

		private Batch writeOnce(List<ImportRow> batch, int base, Map<Integer, String> refused) {
			List<SpreadsheetImports.Rejection> rejections = new ArrayList<>();
			List<ImportRow> good = new ArrayList<>();
			Map<String, Long> choices = new HashMap<>();
			for (ImportRow row : batch) {
				String reason = row.rejected() ? row.reasons() : refused.get(row.rowNumber());
				if (reason != null) {
					rejections.add(new SpreadsheetImports.Rejection(row.rowNumber(), row.cells(), reason));
				}
				else {
					good.add(row);
					Long chosen = job.choices().get(row.rowNumber());
					if (chosen != null) {
						choices.putIfAbsent(ImportReading.companyKey(row.company()), chosen);
					}
				}
			}
			// the batch's companies not decided yet, looked up in one statement
			Map<String, CompanyData> unknown = new LinkedHashMap<>();
			for (ImportRow row : good) {
				String key = ImportReading.companyKey(row.company());
				if (!companyOfKey.containsKey(key)) {
					unknown.putIfAbsent(key, row.company());
				}
			}
			Map<String, List<CompanyRow>> candidates = new HashMap<>();
			if (!unknown.isEmpty()) {
				List<List<CompanyRow>> found = companies.candidatesOf(List.copyOf(unknown.values()));
				int i = 0;
				for (String key : unknown.keySet()) {
					candidates.put(key, found.get(i++));
				}
			}
			// each row's company, in the order of the file
			Map<String, CompanyRef> refOfKey = new HashMap<>();
			List<NewOne> toRegister = new ArrayList<>();
			Map<String, Long> decidedMatches = new LinkedHashMap<>();
			List<ImportRow> written = new ArrayList<>();
			List<CompanyRef> refs = new ArrayList<>();
			List<Long> toUpdate = new ArrayList<>();
			Map<Long, ImportRow> updateRow = new HashMap<>();
			Set<Long> touchedNow = new HashSet<>();
			int matchedNow = 0;
			for (ImportRow row : good) {
				String key = ImportReading.companyKey(row.company());
				CompanyRef ref = companyOfKey.containsKey(key) ? new CompanyRef(companyOfKey.get(key), -1)
						: refOfKey.get(key);
				if (ref == null) {
					List<CompanyRow> found = candidates.get(key);
					Long chosen = job.choices().get(row.rowNumber());
					if (chosen == null) {
						chosen = choiceOfKey.containsKey(key) ? choiceOfKey.get(key) : choices.get(key);
					}
					if (found.size() > 1 && chosen == null) {
						rejections.add(new SpreadsheetImports.Rejection(row.rowNumber(), row.cells(),
								messages.getMessage("moving.problem.choiceNeeded", new Object[] { found.size() }, JA)));
						continue;
					}
					if (found.isEmpty() || Long.valueOf(0).equals(chosen)) {
						ref = new CompanyRef(null, toRegister.size());
						toRegister.add(new NewOne(key, row.rowNumber(), row.company()));
					}
					else {
						ref = new CompanyRef(found.size() == 1 ? found.getFirst().id() : chosen, -1);
						decidedMatches.put(key, ref.id());
						matchedNow++;
					}
					refOfKey.put(key, ref);
				}
				// one update per company and import, so that undo can put each back in
				// one step
				if (ref.id() != null && !touched.contains(ref.id()) && touchedNow.add(ref.id())
						&& job.mapping().rule() != DedupeRule.SKIP) {
					toUpdate.add(ref.id());
					updateRow.put(ref.id(), row);
				}
				written.add(row);
				refs.add(ref);
			}

			String label = "表計算ファイルの取込 #" + job.id();
			List<SpreadsheetImports.Write> writes = new ArrayList<>();
			List<Long> registered = companies.registerAll(toRegister.stream().map(NewOne::data).toList(), label);
			Map<String, Long> decided = new LinkedHashMap<>(decidedMatches);
			for (int i = 0; i < toRegister.size(); i++) {
				writes.add(new SpreadsheetImports.Write(toRegister.get(i).rowNumber(), "company", registered.get(i),
						"CREATED", null, 0L));
				decided.put(toRegister.get(i).key(), registered.get(i));
			}
			int updatedNow = 0;
			for (long id : toUpdate) {
				ImportRow row = updateRow.get(id);
				var change = companies.update(id, row.company(), job.mapping().rule() == DedupeRule.FILL_EMPTY);
				if (change.isPresent()) {
					writes.add(new SpreadsheetImports.Write(row.rowNumber(), "company", id, "UPDATED",
							change.get().before(), change.get().versionAfter()));
					updatedNow++;
				}
			}
			List<ImportedCompanies.ContactAt> contactRows = new ArrayList<>();
			List<Integer> contactOf = new ArrayList<>();
			for (int i = 0; i < written.size(); i++) {
				ImportRow row = written.get(i);
				if (row.contact() != null) {
					contactOf.add(i);
					contactRows.add(new ImportedCompanies.ContactAt(refs.get(i).resolve(registered), row.contact()));
				}
			}
			Long[] contactIds = new Long[written.size()];
			List<ImportedCompanies.ContactFound> contacts = companies.contactsOf(contactRows, label);
			for (int c = 0; c < contacts.size(); c++) {
				int i = contactOf.get(c);
				contactIds[i] = contacts.get(c).id();
				if (contacts.get(c).created()) {
					writes.add(new SpreadsheetImports.Write(written.get(i).rowNumber(), "contact", contacts.get(c).id(),
							"CREATED", null, 0L));
				}
			}
			List<ImportedConsultations.Imported> drafts = new ArrayList<>();
			List<Integer> draftOf = new ArrayList<>();
			for (int i = 0; i < written.size(); i++) {
				ImportRow row = written.get(i);
				ImportRow.ConsultationDraft c = row.consultation();
				if (c != null) {
					draftOf.add(i);
					drafts.add(new ImportedConsultations.Imported(new NewConsultation(refs.get(i).resolve(registered),
							c.date(), c.channel(), Referral.NONE, c.issues(), c.summary(), null, contactIds[i],
							row.contact() == null ? null : row.contact().name(), c.staffUserId(), c.nextAction(), null,
							label, null), c.followUp()));
				}
			}
			List<Long> recorded;
			try {
				recorded = consultations.recordAll(drafts, label);
			}
			catch (ImportedConsultations.Refused refusal) {
				Map<Integer, String> rows = new LinkedHashMap<>();
				refusal.reasons()
					.forEach((index, key) -> rows.put(written.get(draftOf.get(index)).rowNumber(),
							messages.getMessage(key.equals("consultation.followUp.nothingEarlier")
									? "moving.problem.followUpOfNothing" : key, null, key, JA)));
				throw new BatchRefused(rows);
			}
			for (int d = 0; d < recorded.size(); d++) {
				writes.add(new SpreadsheetImports.Write(written.get(draftOf.get(d)).rowNumber(), "consultation",
						recorded.get(d), "CREATED", null, 0L));
			}
			int needsNow = job.mapping().kind() == RecordKind.NEEDS ? writeNeeds(written, refs, registered, writes) : 0;
			int placementsNow = writePlacements(written, refs, registered, writes, label);
			int participantsNow = writeParticipants(written, refs, registered, contactIds, writes, label);
			imports.wroteAll(job.id(), writes);
			imports.rejectAll(job.id(), rejections);
			imports.companiesDecided(job.id(), decided);
			int rowsAfter = base + batch.size();
			if (!imports.progress(job.id(), base, rowsAfter, created + toRegister.size(), matched + matchedNow,
					updated + updatedNow, consultationCount + recorded.size(), needCount + needsNow,
					placementCount + placementsNow, participantCount + participantsNow, rejected + rejections.size())) {
				throw new TakenOver();
			}
			return new Batch(rowsAfter, decided, choices, toRegister.size(), matchedNow, updatedNow, recorded.size(),
					needsNow, placementsNow, participantsNow, rejections.size());
		}

		/**
		 * The placements of a placements list's rows (ADR 243): each need born of its
		 * company's latest consultation on or before the day it was learned (else handed
		 * off, else the contract date; one statement finds them all), written with its
		 * sheet, hand-off and confirmed placement by matching in a few statements for the
		 * batch. A row whose company has no such consultation is refused with the reason.
		 */
		private int writePlacements(List<ImportRow> written, List<CompanyRef> refs, List<Long> registered,
				List<SpreadsheetImports.Write> writes, String label) {
			List<Integer> rowsWith = new ArrayList<>();
			List<Long> companyIds = new ArrayList<>();
			List<java.time.LocalDate> days = new ArrayList<>();
			for (int i = 0; i < written.size(); i++) {
				ImportRow row = written.get(i);
				if (row.placement() != null) {
					ImportRow.PlacementDraft p = row.placement();
					rowsWith.add(i);
					companyIds.add(refs.get(i).resolve(registered));
					days.add(row.need().learnedOn() != null ? row.need().learnedOn()
							: p.handedOffOn() != null ? p.handedOffOn() : p.contractDate());
				}
			}
			if (rowsWith.isEmpty()) {
				return 0;
			}
			List<java.util.Optional<ImportedConsultations.Origin>> origins = consultations.originsOf(companyIds, days);
			Map<Integer, String> refusedRows = new LinkedHashMap<>();
			List<ImportedPlacements.Imported> list = new ArrayList<>();
			for (int k = 0; k < rowsWith.size(); k++) {
				ImportRow row = written.get(rowsWith.get(k));
				if (origins.get(k).isEmpty()) {
					refusedRows.put(row.rowNumber(),
							messages.getMessage("moving.problem.placementWithoutConsultation", null, JA));
					continue;
				}
				ImportedConsultations.Origin origin = origins.get(k).get();
				ImportRow.NeedDraft n = row.need();
				ImportRow.PlacementDraft p = row.placement();
				list.add(new ImportedPlacements.Imported(origin.id(), origin.date(), origin.referral(),
						companyIds.get(k),
						new NeedDetails(n.title(), n.jobCategory(), n.employmentForm(), n.digital(), n.cxo(),
								n.description(), n.conditions(), null, null),
						n.learnedOn(), p.agencyId(), p.handedOffOn(), p.contractDate(), p.startDate(), p.fee()));
			}
			if (!refusedRows.isEmpty()) {
				throw new BatchRefused(refusedRows);
			}
			List<ImportedPlacements.Placed> placed = placements.placeAll(list, label);
			for (int k = 0; k < placed.size(); k++) {
				writes.add(new SpreadsheetImports.Write(written.get(rowsWith.get(k)).rowNumber(), "placement",
						placed.get(k).placementId(), "CREATED", null, 0L));
			}
			return placed.size();
		}

		/**
		 * The participants of a participants list's rows: their events found by title and
		 * day or created as held (one lookup for the batch), each person registered once
		 * per event by events in a few statements.
		 */
		private int writeParticipants(List<ImportRow> written, List<CompanyRef> refs, List<Long> registered,
				Long[] contactIds, List<SpreadsheetImports.Write> writes, String label) {
			List<Integer> rowsWith = new ArrayList<>();
			List<ImportedParticipants.PastEvent> pastEvents = new ArrayList<>();
			for (int i = 0; i < written.size(); i++) {
				ImportRow.ParticipantDraft p = written.get(i).participant();
				if (p != null) {
					rowsWith.add(i);
					pastEvents.add(new ImportedParticipants.PastEvent(p.eventTitle(), p.eventDate(), p.eventKind()));
				}
			}
			if (rowsWith.isEmpty()) {
				return 0;
			}
			List<ImportedParticipants.EventFound> events = participants.eventsOf(pastEvents, label);
			List<ImportedParticipants.Participant> list = new ArrayList<>();
			for (int k = 0; k < rowsWith.size(); k++) {
				int i = rowsWith.get(k);
				ImportRow row = written.get(i);
				ImportedParticipants.EventFound e = events.get(k);
				if (e.created()) {
					writes.add(new SpreadsheetImports.Write(row.rowNumber(), "event", e.id(), "CREATED", null, 0L));
				}
				list.add(new ImportedParticipants.Participant(e.id(), refs.get(i).resolve(registered), contactIds[i],
						row.company().name(), row.contact().name(), row.contact().email(), row.contact().department(),
						row.participant().attended()));
			}
			List<ImportedParticipants.Registered> done = participants.registerAll(list, label);
			int created = 0;
			for (int k = 0; k < done.size(); k++) {
				ImportedParticipants.Registered r = done.get(k);
				int rowNumber = written.get(rowsWith.get(k)).rowNumber();
				if (r.created()) {
					writes.add(new SpreadsheetImports.Write(rowNumber, "registration", r.registrationId(), "CREATED",
							null, 0L));
					created++;
				}
				else if (r.attendanceAdded()) {
					writes.add(new SpreadsheetImports.Write(rowNumber, "attendance", r.registrationId(), "CREATED",
							null, 0L));
				}
			}
			return created;
		}

		/**
		 * The needs of a needs list's rows, each registered from its company's latest
		 * consultation on or before the day it was learned (one statement finds them
		 * all); a row whose company has none is refused with the reason.
		 */
		private int writeNeeds(List<ImportRow> written, List<CompanyRef> refs, List<Long> registered,
				List<SpreadsheetImports.Write> writes) {
			List<Integer> rowsWithNeed = new ArrayList<>();
			List<Long> companyIds = new ArrayList<>();
			List<java.time.LocalDate> days = new ArrayList<>();
			java.time.LocalDate today = java.time.LocalDate.now(jp.kyoten.platform.time.HubTime.ZONE);
			for (int i = 0; i < written.size(); i++) {
				ImportRow.NeedDraft need = written.get(i).need();
				if (need != null) {
					rowsWithNeed.add(i);
					companyIds.add(refs.get(i).resolve(registered));
					days.add(need.learnedOn() == null ? today : need.learnedOn());
				}
			}
			if (rowsWithNeed.isEmpty()) {
				return 0;
			}
			List<java.util.Optional<Long>> origins = consultations.latestOfEach(companyIds, days);
			Map<Integer, String> refusedRows = new LinkedHashMap<>();
			for (int k = 0; k < rowsWithNeed.size(); k++) {
				if (origins.get(k).isEmpty()) {
					refusedRows.put(written.get(rowsWithNeed.get(k)).rowNumber(),
							messages.getMessage("moving.problem.needWithoutConsultation", null, JA));
				}
			}
			if (!refusedRows.isEmpty()) {
				throw new BatchRefused(refusedRows);
			}
			for (int k = 0; k < rowsWithNeed.size(); k++) {
				ImportRow row = written.get(rowsWithNeed.get(k));
				ImportRow.NeedDraft n = row.need();
				ImportedNeeds.Registered need = needs.register(origins.get(k).get(),
						new NeedDetails(n.title(), n.jobCategory(), n.employmentForm(), n.digital(), n.cxo(),
								n.description(), n.conditions(), null, null),
						n.learnedOn());
				writes.add(new SpreadsheetImports.Write(row.rowNumber(), "need", need.id(), "CREATED", null,
						need.version()));
			}
			return rowsWithNeed.size();
		}

	}

}
