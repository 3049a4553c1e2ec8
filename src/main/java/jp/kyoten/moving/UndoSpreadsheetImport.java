package jp.kyoten.moving;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.activity.ImportedConsultations;
import jp.kyoten.audit.AuditAction;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.directory.CompanyData;
import jp.kyoten.directory.ImportedCompanies;
import jp.kyoten.events.ImportedParticipants;
import jp.kyoten.matching.ImportedNeeds;
import jp.kyoten.matching.ImportedPlacements;
import jp.kyoten.platform.BusinessRuleException;

/**
 * Takes an import back as a whole, in one transaction and a few set statements per kind
 * of record (ADR 243): the event participants, placements (with their needs, sheets and
 * hand-offs), needs, consultations and contacts it created are deleted, the companies it
 * updated get their values back, the companies it registered are deleted — what refers to
 * others first. As soon as one of those records was changed after the import (its version
 * moved on) or something refers to it (a consultation recorded since, a need, a hand-off,
 * a registration), nothing is undone and the person is told which record stands in the
 * way (its row of the file).
 */
@Service
public class UndoSpreadsheetImport {

	private final SpreadsheetImports imports;

	private final ImportedCompanies companies;

	private final ImportedConsultations consultations;

	private final ImportedNeeds needs;

	private final ImportedPlacements placements;

	private final ImportedParticipants participants;

	private final AuditTrail audit;

	private final TransactionTemplate tx;

	UndoSpreadsheetImport(SpreadsheetImports imports, ImportedCompanies companies, ImportedConsultations consultations,
			ImportedNeeds needs, ImportedPlacements placements, ImportedParticipants participants, AuditTrail audit,
			PlatformTransactionManager transactions) {
		this.placements = placements;
		this.participants = participants;
		this.imports = imports;
		this.companies = companies;
		this.consultations = consultations;
		this.needs = needs;
		this.audit = audit;
		this.tx = new TransactionTemplate(transactions);
	}

	/**
	 * @throws BusinessRuleException {@code moving.undo.notDone} unless the import
	 * finished and was not undone, {@code moving.undo.touched} (with the entity and row)
	 * when a later change stands in the way
	 */
	public void undo(long importId, String email) {
		String[] blocker = { null };
		try {
			tx.executeWithoutResult(status -> {
				SpreadsheetImports.Job job = imports.get(importId);
				if (!job.undoable()) {
					throw new BusinessRuleException("moving.undo.notDone");
				}
				Map<String, List<SpreadsheetImports.Written>> byKind = new HashMap<>();
				for (SpreadsheetImports.Written w : imports.written(importId)) {
					String kind = w.entity().equals("company") && w.action().equals("UPDATED") ? "company-updated"
							: w.entity();
					byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(w);
				}
				// what refers to others goes first: participants, placements (with their
				// needs), needs, consultations,
				// contacts, then the companies — a set statement or a few per kind
				List<SpreadsheetImports.Written> attendance = of(byKind, "attendance");
				List<SpreadsheetImports.Written> registrations = of(byKind, "registration");
				List<SpreadsheetImports.Written> events = of(byKind, "event");
				blocker[0] = "registration";
				stopAt(participants.withdrawAll(ids(attendance), ids(registrations), ids(events)), events, "event");
				blocker[0] = "placement";
				stopAt(placements.withdrawAll(ids(of(byKind, "placement"))), of(byKind, "placement"), "placement");
				List<SpreadsheetImports.Written> needList = of(byKind, "need");
				blocker[0] = "need";
				stopAt(needs.withdrawAll(ids(needList), versions(needList)), needList, "need");
				blocker[0] = "consultation";
				stopAt(consultations.withdrawAll(ids(of(byKind, "consultation"))), of(byKind, "consultation"),
						"consultation");
				blocker[0] = "contact";
				stopAt(companies.deleteContacts(ids(of(byKind, "contact"))), of(byKind, "contact"), "contact");
				List<SpreadsheetImports.Written> updated = of(byKind, "company-updated");
				blocker[0] = "company";
				stopAt(companies.restoreAll(updated.stream()
					.map(w -> new ImportedCompanies.Restore(w.entityId(), imports.read(w.before(), CompanyData.class),
							w.versionAfter()))
					.toList()), updated, "company");
				List<SpreadsheetImports.Written> created = of(byKind, "company");
				stopAt(companies.deleteRegisteredAll(ids(created), versions(created)), created, "company");
				imports.undone(importId, email);
				audit.record(AuditAction.DELETE, "spreadsheet_import", importId, "表計算ファイルの取込を取消");
			});
		}
		catch (DataIntegrityViolationException ex) {
			// something recorded since refers to a record of the import
			throw new BusinessRuleException("moving.undo.referenced", label(blocker[0]));
		}
	}

	private static List<SpreadsheetImports.Written> of(Map<String, List<SpreadsheetImports.Written>> byKind,
			String kind) {
		return byKind.getOrDefault(kind, List.of());
	}

	private static List<Long> ids(List<SpreadsheetImports.Written> written) {
		return written.stream().map(SpreadsheetImports.Written::entityId).toList();
	}

	private static List<Long> versions(List<SpreadsheetImports.Written> written) {
		return written.stream().map(w -> w.versionAfter() == null ? 0L : w.versionAfter()).toList();
	}

	/**
	 * A record changed since stops the undo (its transaction rolls back), naming its row
	 * of the file.
	 */
	private static void stopAt(Optional<Long> touched, List<SpreadsheetImports.Written> written, String entity) {
		if (touched.isPresent()) {
			int row = written.stream()
				.filter(w -> w.entityId() == touched.get())
				.mapToInt(SpreadsheetImports.Written::rowNumber)
				.findFirst()
				.orElse(0);
			throw new BusinessRuleException("moving.undo.touched", label(entity), row);
		}
	}

	private static String label(String entity) {
		return switch (entity == null ? "" : entity) {
			case "need" -> "求人ニーズ";
			case "consultation" -> "相談";
			case "contact" -> "担当者";
			case "placement" -> "成約";
			case "registration", "attendance" -> "イベント参加者";
			case "event" -> "イベント";
			default -> "企業";
		};
	}

}
