package jp.kyoten.directory;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A 13-digit corporate number whose first digit is the right check digit
 * ({@link CorporateNumber}). Other shapes are left to {@code @Pattern}, so that the user
 * is told the one thing that is wrong.
 */
@Documented
@Constraint(validatedBy = CorporateNumberCheckDigit.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface CorporateNumberCheckDigit {

	String message() default "{CorporateNumberCheckDigit}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<CorporateNumberCheckDigit, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || !value.matches("[0-9]{13}")) {
				return true;
			}
			return CorporateNumber.isValid(value);
		}

	}

}
