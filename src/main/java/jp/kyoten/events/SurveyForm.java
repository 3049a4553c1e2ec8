package jp.kyoten.events;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.kyoten.platform.web.FormText;

/**
 * The standard questionnaire (web and paper). {@code website} and {@code issued} guard
 * the public form.
 */
record SurveyForm(@NotNull @Min(1) @Max(5) Integer satisfaction, @Size(max = 2000) String useful,
		@NotNull NextAction nextAction, @Size(max = 4000) String comment, String website, String issued) {

	SurveyForm {
		useful = FormText.trimmed(useful);
		comment = FormText.trimmed(comment);
	}

	static SurveyForm blank(String issued) {
		return new SurveyForm(null, null, null, null, null, issued);
	}

	SurveyAnswer answer() {
		return new SurveyAnswer(satisfaction, useful, nextAction, comment);
	}

}
