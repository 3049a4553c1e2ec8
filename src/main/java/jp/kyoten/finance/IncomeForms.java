package jp.kyoten.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the income page. */
final class IncomeForms {

	private IncomeForms() {
	}

	/**
	 * A fee agreement: a rate (percent of the placement fee) or a fixed amount per
	 * placement, not both.
	 */
	record AgreementForm(@NotNull Long agencyId,
			@DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal feeRate,
			@Positive @Max(100_000_000L) Long fixedFee,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo, @Size(max = 500) String note) {

		static AgreementForm blank(LocalDate today) {
			return new AgreementForm(null, null, null, today.withDayOfMonth(1), null, null);
		}

	}

	record InvoiceForm(@NotNull Long agencyId, @NotBlank @Size(max = 40) String number,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
			@NotNull @Positive @Max(10_000_000_000L) Long amount, @Size(max = 500) String note) {

		static InvoiceForm blank(LocalDate today) {
			return new InvoiceForm(null, "", today, null, null);
		}

	}

}
