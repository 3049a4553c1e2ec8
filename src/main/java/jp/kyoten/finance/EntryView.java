package jp.kyoten.finance;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One ledger entry as pages and the API show it. A reversing entry has negative amounts and names the entry it
 * reverses; {@code reversedBy} names the entry that reversed this one; {@code locked} when its month is closed.
 */
public record EntryView(long id, int fiscalYear, LocalDate entryDate, ExpenseCategory category, String payee,
		String purpose, long amount, long tax, Long reverses, Long reversedBy, boolean locked,
		List<EvidenceView> evidence) {

	@JsonProperty
	public boolean reversible() {
		return reverses == null && reversedBy == null;
	}

	public EntryView withEvidence(List<EvidenceView> files) {
		return new EntryView(id, fiscalYear, entryDate, category, payee, purpose, amount, tax, reverses, reversedBy,
				locked, List.copyOf(files));
	}

}
