package jp.kyoten.agency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * 法人番号: thirteen digits whose first is a check digit over the other twelve
 * (国税庁「法人番号の指定」). {@code null} is valid: the number is optional.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CorporateNumber.Validator.class)
@interface CorporateNumber {

	String message() default "{CorporateNumber}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<CorporateNumber, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || isValid(value);
		}

		static boolean isValid(String number) {
			if (!number.matches("[0-9]{13}")) {
				return false;
			}
			int sum = 0;
			for (int n = 1; n <= 12; n++) {
				int digit = number.charAt(13 - n) - '0';
				sum += digit * (n % 2 == 1 ? 1 : 2);
			}
			return number.charAt(0) - '0' == 9 - sum % 9;
		}

	}

}
