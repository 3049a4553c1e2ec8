package jp.kyoten.platform.web;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.platform.BusinessRuleException;

/**
 * The one place where a page's change ends in what the user is told: done → a flash message on the next page;
 * refused by a business rule ({@link BusinessRuleException}) or by a stale version → the rule's message in the
 * user's language, either as the next page's {@code flashError} ({@link #redirect}, {@link #accepted(RedirectAttributes,
 * Runnable)}) or on the form itself ({@link #accepted(BindingResult, Runnable)}, {@link #saved}), so that the
 * controller shows the same form again with everything that was typed. Controllers do not catch the exception
 * themselves ({@code ConventionsTests}); the API needs none of this: {@code ApiErrorHandling} answers a refusal as
 * problem+json (409) with the same message and its code.
 * <p>
 * A refusal inside a transaction the controller opened marks it rollback-only: nothing half-done is kept.
 */
@Component
public class Feedback {

	private static final String STALE = "error.optimisticLock";

	private final MessageSource messages;

	Feedback(MessageSource messages) {
		this.messages = messages;
	}

	/** The text of a message key in the request's language (Japanese unless asked otherwise). */
	public String say(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/** The success message of the next page. */
	public void done(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("flash", say(key, args));
	}

	/** The error message of the next page. */
	public void refuse(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("flashError", say(key, args));
	}

	/**
	 * Runs the action and redirects to {@code target}: done → {@code doneKey} as the flash, refused → the rule's
	 * message as the flash error.
	 */
	public String redirect(RedirectAttributes redirect, String target, String doneKey, Runnable action) {
		if (accepted(redirect, action)) {
			done(redirect, doneKey);
		}
		return "redirect:" + target;
	}

	/** Like {@link #redirect(RedirectAttributes, String, String, Runnable)}; the action answers the success text. */
	public String redirect(RedirectAttributes redirect, String target, Supplier<String> action) {
		obtain(redirect, action).ifPresent(text -> redirect.addFlashAttribute("flash", text));
		return "redirect:" + target;
	}

	/** Runs the action; refused → the rule's message as the next page's flash error. Answers whether it went through. */
	public boolean accepted(RedirectAttributes redirect, Runnable action) {
		return obtain(redirect, () -> {
			action.run();
			return Boolean.TRUE;
		}).isPresent();
	}

	/** Runs the action and answers its result; refused → the flash error, and nothing. */
	public <T> Optional<T> obtain(RedirectAttributes redirect, Supplier<T> action) {
		try {
			return Optional.of(action.get());
		}
		catch (BusinessRuleException ex) {
			rollBack();
			refuse(redirect, ex.messageKey(), ex.arguments());
		}
		catch (OptimisticLockingFailureException ex) {
			rollBack();
			refuse(redirect, STALE);
		}
		return Optional.empty();
	}

	/**
	 * A form's action: runs only when the form has no errors yet; refused → the rule's message as the form's own
	 * (global) error. Answers whether it went through; when not, the controller shows the form again.
	 */
	public boolean accepted(BindingResult form, Runnable action) {
		return accepted(form, code -> null, action);
	}

	/**
	 * Like {@link #accepted(BindingResult, Runnable)}, the message put on the field {@code fieldOf} names for the
	 * rule's code ({@code null}: the form's own error).
	 */
	public boolean accepted(BindingResult form, Function<String, String> fieldOf, Runnable action) {
		return saved(form, fieldOf, () -> {
			action.run();
			return Boolean.TRUE;
		}).isPresent();
	}

	/** A form's action that answers something (the saved record's id); nothing when it did not run or was refused. */
	public <T> Optional<T> saved(BindingResult form, Supplier<T> action) {
		return saved(form, code -> null, action);
	}

	/** Like {@link #saved(BindingResult, Supplier)}, the message on the field {@code fieldOf} names. */
	public <T> Optional<T> saved(BindingResult form, Function<String, String> fieldOf, Supplier<T> action) {
		if (form.hasErrors()) {
			return Optional.empty();
		}
		try {
			return Optional.of(action.get());
		}
		catch (BusinessRuleException ex) {
			rollBack();
			String field = fieldOf.apply(ex.messageKey());
			if (field == null) {
				form.reject(ex.messageKey(), ex.arguments(), null);
			}
			else {
				form.rejectValue(field, ex.messageKey(), ex.arguments(), null);
			}
		}
		catch (OptimisticLockingFailureException ex) {
			rollBack();
			form.reject(STALE);
		}
		return Optional.empty();
	}

	/** A refusal leaves nothing behind in a transaction the controller opened around the action. */
	private static void rollBack() {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			try {
				TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			}
			catch (NoTransactionException ex) {
				// a transaction not opened by @Transactional: its owner decides
			}
		}
	}

}
