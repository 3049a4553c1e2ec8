package jp.kyoten.moving;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.activity.ImportedConsultations;
import jp.kyoten.audit.AuditAction;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.directory.CompanyData;
import jp.kyoten.directory.ImportedCompanies;
import jp.kyoten.matching.ImportedNeeds;
import jp.kyoten.platform.BusinessRuleException;

/**
 * Takes an import back as a whole, in one transaction: the needs, consultations and contacts it created are deleted, the
 * companies it updated get their values back, the companies it registered are deleted — last write first. As soon as
 * one of those records was changed after the import (its version moved on) or something refers to it (a consultation
 * recorded since, a need, a hand-off), nothing is undone and the person is told which record stands in the way.
 */
@Service
public class UndoSpreadsheetImport {

	private final SpreadsheetImports imports;

	private final ImportedCompanies companies;

	private final ImportedConsultations consultations;

	private final ImportedNeeds needs;

	private final AuditTrail audit;

	private final TransactionTemplate tx;

	UndoSpreadsheetImport(SpreadsheetImports imports, ImportedCompanies companies,
			ImportedConsultations consultations, ImportedNeeds needs, AuditTrail audit,
			PlatformTransactionManager transactions) {
		this.imports = imports;
		this.companies = companies;
		this.consultations = consultations;
		this.needs = needs;
		this.audit = audit;
		this.tx = new TransactionTemplate(transactions);
	}

	/**
	 * @throws BusinessRuleException {@code moving.undo.notDone} unless the import finished and was not undone,
	 * {@code moving.undo.touched} (with the entity and row) when a later change stands in the way
	 */
	public void undo(long importId, String email) {
		String[] blocker = { null, null };
		try {
			tx.executeWithoutResult(status -> {
				SpreadsheetImports.Job job = imports.get(importId);
				if (!job.undoable()) {
					throw new BusinessRuleException("moving.undo.notDone");
				}
				for (SpreadsheetImports.Written w : imports.written(importId)) {
					blocker[0] = w.entity();
					blocker[1] = String.valueOf(w.rowNumber());
					boolean ok = switch (w.entity()) {
						case "need" -> needs.withdraw(w.entityId(), w.versionAfter());
						case "consultation" -> consultations.withdraw(w.entityId());
						case "contact" -> companies.deleteContact(w.entityId());
						default -> w.action().equals("UPDATED")
								? companies.restore(w.entityId(), imports.read(w.before(), CompanyData.class),
										w.versionAfter())
								: companies.deleteRegistered(w.entityId(), w.versionAfter());
					};
					if (!ok) {
						throw new BusinessRuleException("moving.undo.touched", label(w.entity()), w.rowNumber());
					}
				}
				imports.undone(importId, email);
				audit.record(AuditAction.DELETE, "spreadsheet_import", importId, "表計算ファイルの取込を取消");
			});
		}
		catch (DataIntegrityViolationException ex) {
			// something recorded since refers to a record of the import
			throw new BusinessRuleException("moving.undo.touched", label(blocker[0]), blocker[1]);
		}
	}

	private static String label(String entity) {
		return switch (entity == null ? "" : entity) {
			case "need" -> "求人ニーズ";
			case "consultation" -> "相談";
			case "contact" -> "担当者";
			default -> "企業";
		};
	}

}
