package jp.kyoten.finance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One ledger entry as pages and the API show it. A reversing entry has negative amounts
 * and names the entry it reverses; {@code reversedBy} names the entry that reversed this
 * one; {@code locked} when its month is closed. {@code link} is the event or activity it
 * was for (null when none); {@code staffId} and {@code workMonth} name the staff member
 * and month of work a personnel cost entry was computed from.
 */
public record EntryView(long id, int fiscalYear, LocalDate entryDate, ExpenseCategory category, String payee,
		String purpose, long amount, long tax, Long reverses, Long reversedBy, boolean locked, EntryLink link,
		Long staffId, YearMonth workMonth, List<EvidenceView> evidence) {

	@JsonProperty
	public boolean reversible() {
		return reverses == null && reversedBy == null;
	}

	public EntryView withEvidence(List<EvidenceView> files) {
		return new EntryView(id, fiscalYear, entryDate, category, payee, purpose, amount, tax, reverses, reversedBy,
				locked, link, staffId, workMonth, List.copyOf(files));
	}

}
