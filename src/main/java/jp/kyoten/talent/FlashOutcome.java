package jp.kyoten.talent;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The module's one place where a change from a page ends: done → the saved message, refused by a business rule →
 * the rule's message, both as a flash on the page redirected to. Nothing already saved is lost by a refusal.
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

	String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
