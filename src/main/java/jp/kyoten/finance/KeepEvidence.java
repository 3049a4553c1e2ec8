package jp.kyoten.finance;

import java.io.InputStream;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.identity.CurrentUser;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.upload.DocumentType;

/**
 * 証拠書類: receipts and invoices kept with their entry, PDF, JPEG or PNG told by their first
 * bytes, up to {@code kyoten.finance.max-evidence-bytes}. Evidence is added while the
 * entry's month is open and never deleted.
 */
@Service
@Transactional
class KeepEvidence {

	record Evidence(String filename, String contentType, byte[] data) {
	}

	private final JdbcClient jdbc;

	private final Ledger ledger;

	private final FinanceSettings settings;

	private final AuditTrail audit;

	KeepEvidence(JdbcClient jdbc, Ledger ledger, FinanceSettings settings, AuditTrail audit) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.settings = settings;
		this.audit = audit;
	}

	int maxBytes() {
		return settings.maxEvidenceBytes();
	}

	/**
	 * @throws BusinessRuleException {@code finance.evidence.empty},
	 * {@code finance.evidence.tooLarge}, {@code finance.evidence.type} or
	 * {@code finance.month.closed}
	 * @throws RecordNotFoundException when the entry is not the hub's
	 */
	long upload(long entryId, EvidenceKind kind, String originalName, byte[] data) {
		EntryView entry = ledger.get(entryId);
		if (entry.locked()) {
			throw new BusinessRuleException("finance.month.closed", entry.entryDate().getYear(),
					entry.entryDate().getMonthValue());
		}
		if (data == null || data.length == 0) {
			throw new BusinessRuleException("finance.evidence.empty");
		}
		if (data.length > settings.maxEvidenceBytes()) {
			throw new BusinessRuleException("finance.evidence.tooLarge", settings.maxEvidenceBytes() / 1024 / 1024);
		}
		DocumentType type = DocumentType.detect(data)
			.orElseThrow(() -> new BusinessRuleException("finance.evidence.type"));
		String name = type.cleanName(originalName);
		long id = jdbc.sql("""
				INSERT INTO finance_evidence (hub_id, entry_id, kind, filename, content_type, size_bytes, data,
				                              uploaded_by)
				SELECT hub_id, id, ?, ?, ?, ?, ?, ? FROM finance_entry WHERE id = ? RETURNING id""")
			.params(kind.name(), name, type.contentType(), data.length, data,
					CurrentUser.get().map(KyotenUser::userId).orElse(null), entryId)
			.query(Long.class)
			.single();
		audit.created("finance_evidence", id, "仕訳 " + entryId + " " + name);
		return id;
	}

	@Transactional(readOnly = true)
	Optional<Evidence> download(long entryId, long evidenceId) {
		return jdbc.sql("SELECT filename, content_type, data FROM finance_evidence WHERE id = ? AND entry_id = ?")
			.params(evidenceId, entryId)
			.query((rs, n) -> new Evidence(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	/**
	 * Streams the content of every evidence file of the fiscal year's entries, in the
	 * order of {@link Ledger#evidenceOfYear}, through one cursor that holds one file in
	 * memory at a time.
	 */
	@Transactional(readOnly = true)
	void eachFile(int fiscalYear, FileSink sink) {
		jdbc.sql("""
				SELECT v.id, v.data FROM finance_evidence v JOIN finance_entry e ON e.id = v.entry_id
				 WHERE e.fiscal_year = ? ORDER BY e.entry_date, e.id, v.id""")
			.param(fiscalYear)
			.withFetchSize(1)
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
				try (InputStream in = rs.getBinaryStream(2)) {
					sink.accept(rs.getLong(1), in);
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
	}

	interface FileSink {

		void accept(long evidenceId, InputStream content) throws java.io.IOException;

	}

}
