package jp.kyoten.finance;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The expense form; amounts in yen including tax. */
record ExpenseForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate entryDate,
		@NotNull ExpenseCategory category, @NotBlank @Size(max = 200) String payee,
		@NotBlank @Size(max = 500) String purpose, @NotNull @Positive @Max(100_000_000_000L) Long amount,
		@NotNull @PositiveOrZero @Max(100_000_000_000L) Long tax, EvidenceKind evidenceKind, LinkKind linkKind,
		@Positive Long linkId) {

	static ExpenseForm blank(LocalDate today) {
		return new ExpenseForm(today, null, "", "", null, 0L, EvidenceKind.RECEIPT, null, null);
	}

	NewExpense expense() {
		// a number without a kind links nothing (the kind chooser reads 「なし」); a kind
		// without a number is refused
		return new NewExpense(entryDate, category, payee, purpose, amount, tax, linkKind,
				linkKind == null ? null : linkId);
	}

}
