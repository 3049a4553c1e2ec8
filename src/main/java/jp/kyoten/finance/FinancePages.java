package jp.kyoten.finance;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.BusinessRuleException;

/**
 * What the finance pages share: the fiscal year shown (the current one unless asked, kept within 2000–2100), and the
 * one place where a use case's outcome becomes a flash message — its success, or the business rule it refused.
 */
@Component
class FinancePages {

	interface Action {

		String run();

	}

	private final MessageSource messages;

	private final Clock clock;

	FinancePages(MessageSource messages, Clock clock) {
		this.messages = messages;
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

	/** Runs the action; its answer is the success message, a refusal the error; then redirects to {@code to}. */
	String act(RedirectAttributes redirect, String to, Action action) {
		try {
			redirect.addFlashAttribute("flash", action.run());
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", message(ex.messageKey(), ex.arguments()));
		}
		return "redirect:" + to;
	}

	String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
