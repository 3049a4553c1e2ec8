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

/** The forms of the personnel page. */
final class PersonnelForms {

	private PersonnelForms() {
	}

	/**
	 * A person on the books: rate in yen per hour, or per 事案 (tax excluded) when paid per
	 * case.
	 */
	record StaffForm(@NotBlank @Size(max = 100) String name, @NotNull StaffPost post, @NotNull PayBasis payBasis,
			@NotNull @Positive @Max(1_000_000) Long rate) {

		static StaffForm blank() {
			return new StaffForm("", null, PayBasis.HOURLY, null);
		}

	}

	/**
	 * A day worked: hours (up to 24, quarter hours welcome) and whether it was a half
	 * day.
	 */
	record WorkDayForm(@NotNull Long staffId,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate workDate,
			@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") BigDecimal hours, Boolean halfDay,
			@Size(max = 200) String note) {

		static WorkDayForm blank(LocalDate today) {
			return new WorkDayForm(null, today, new BigDecimal("7.5"), false, null);
		}

		/** An unticked box sends nothing: a full day. */
		boolean half() {
			return Boolean.TRUE.equals(halfDay);
		}

	}

}
