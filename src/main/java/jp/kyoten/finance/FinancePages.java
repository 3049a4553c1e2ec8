package jp.kyoten.finance;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.web.Feedback;

/**
 * What the finance pages share: the fiscal year shown (the current one unless asked, kept
 * within 2000–2100), and the way to {@link Feedback}, where a use case's outcome becomes
 * a flash or form message — its success, or the business rule it refused.
 */
@Component
class FinancePages {

	interface Action {

		String run();

	}

	private final Feedback feedback;

	private final Clock clock;

	FinancePages(Feedback feedback, Clock clock) {
		this.feedback = feedback;
		this.clock = clock;
	}

	int fiscalYear(Integer requested) {
		int year = requested != null ? requested : Hubs.fiscalYearOf(today());
		return Math.max(2000, Math.min(2100, year));
	}

	/** Today in Japan, by the one clock. */
	LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * Runs the action; its answer is the success message, a refusal the error
	 * ({@link Feedback}); then redirects to {@code to}.
	 */
	String act(RedirectAttributes redirect, String to, Action action) {
		return feedback.redirect(redirect, to, action::run);
	}

	/** The form's action through {@link Feedback}: a refusal becomes the form's error. */
	boolean accepted(org.springframework.validation.BindingResult form, Runnable action) {
		return feedback.accepted(form, action);
	}

	/**
	 * Like {@link #accepted}, answering what the action answers; nothing when refused.
	 */
	<T> java.util.Optional<T> saved(org.springframework.validation.BindingResult form,
			java.util.function.Supplier<T> action) {
		return feedback.saved(form, action);
	}

	String message(String key, Object... args) {
		return feedback.say(key, args);
	}

}
