package jp.kyoten.privacy;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.platform.BusinessRuleException;

/** The one place this module's pages turn a business-rule refusal into the flash message of the next page. */
@Component
class PrivacyFlash {

	private final MessageSource messages;

	PrivacyFlash(MessageSource messages) {
		this.messages = messages;
	}

	/** Runs the action and redirects to {@code target}, with the done message or the refusal. */
	String act(RedirectAttributes redirect, String target, String doneKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", say(doneKey));
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", say(ex.messageKey(), ex.arguments()));
		}
		return "redirect:" + target;
	}

	String say(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
