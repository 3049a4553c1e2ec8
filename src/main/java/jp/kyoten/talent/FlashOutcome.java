package jp.kyoten.talent;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The module's one place where a change from a page ends: done → the saved message, refused by a business rule →
 * the rule's message, both as a flash on the page redirected to ({@link #run}); or, for a form
 * ({@link #submit}), refused → the rule's message on the form again with what was typed. Nothing already saved is
 * lost by a refusal.
 */
@Component
class FlashOutcome {

	private final MessageSource messages;

	FlashOutcome(MessageSource messages) {
		this.messages = messages;
	}

	String run(RedirectAttributes redirect, String savedKey, String target, Runnable work) {
		try {
			work.run();
			redirect.addFlashAttribute("flash", message(savedKey));
		}
		catch (jp.kyoten.platform.BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError",
					messages.getMessage(ex.messageKey(), ex.arguments(), LocaleContextHolder.getLocale()));
		}
		return "redirect:" + target;
	}

	/**
	 * A form's save: with no field errors the work runs; done → the saved message and a redirect to the saved
	 * record's page, refused by a business rule → the rule's message as the form's global error and the form's view,
	 * what was typed kept.
	 * @param work saves and answers the record's id
	 * @param target the page of the saved record, from its id
	 */
	String submit(org.springframework.validation.BindingResult result, RedirectAttributes redirect, String savedKey,
			java.util.function.LongSupplier work, java.util.function.LongFunction<String> target, String formView) {
		if (!result.hasErrors()) {
			try {
				long id = work.getAsLong();
				redirect.addFlashAttribute("flash", message(savedKey));
				return "redirect:" + target.apply(id);
			}
			catch (jp.kyoten.platform.BusinessRuleException ex) {
				result.reject(ex.messageKey(), ex.arguments(), null);
			}
		}
		return formView;
	}

	String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
