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
 * A municipality code begins with the code of its prefecture (43100 熊本市 is in 43 熊本県).
 */
@Documented
@Constraint(validatedBy = MunicipalityInPrefecture.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface MunicipalityInPrefecture {

	String message() default "{MunicipalityInPrefecture}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<MunicipalityInPrefecture, CompanyData> {

		@Override
		public boolean isValid(CompanyData data, ConstraintValidatorContext context) {
			if (data == null || data.municipalityCode() == null || data.prefectureCode() == null
					|| !data.municipalityCode().matches("[0-9]{5}")
					|| data.municipalityCode().startsWith(data.prefectureCode())) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("municipalityCode")
				.addConstraintViolation();
			return false;
		}

	}

}
