package jp.kyoten.platform.web;

import java.util.Optional;
import java.util.function.Consumer;
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
 * The one place where a page's change ends in what the user is told: done → a flash
 * message on the next page; refused by a business rule ({@link BusinessRuleException}) or
 * by a stale version (someone saved in between) → the rule's message in the user's
 * language, either as the next page's {@code flashError} ({@link #redirect},
 * {@link #accepted(RedirectAttributes, Runnable)}, {@link #obtain}) or on the form itself
 * ({@link #accepted(BindingResult, Runnable)}, {@link #saved}), so that the controller
 * shows the same form again with everything that was typed. Controllers do not catch the
 * exception themselves ({@code ConventionsTests}); the API needs none of this:
 * {@code ApiErrorHandling} answers a refusal as problem+json (409) with the same message
 * and its code.
 * <p>
 * A refusal inside a transaction the controller opened marks it rollback-only: nothing
 * half-done is kept.
 */
@Component
public class Feedback {

	private static final String STALE = "error.optimisticLock";

	/** Why an action was refused: the message code and its arguments. */
	private record Refusal(String code, Object[] arguments) {
	}

	private final MessageSource messages;

	Feedback(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * For {@link #accepted(BindingResult, Function, Runnable)}: every refusal on the one
	 * field, except a stale version, which concerns the whole form.
	 */
	public static Function<String, String> field(String name) {
		return code -> STALE.equals(code) ? null : name;
	}

	/**
	 * Whether the form was refused because someone else saved the record in between (to
	 * show what changed).
	 */
	public static boolean stale(BindingResult form) {
		return form.getGlobalErrors().stream().anyMatch(e -> STALE.equals(e.getCode()));
	}

	/**
	 * The text of a message key in the request's language (Japanese unless asked
	 * otherwise).
	 */
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
	 * Runs the action and redirects to {@code target}: done → {@code doneKey} as the
	 * flash, refused → the rule's message as the flash error.
	 */
	public String redirect(RedirectAttributes redirect, String target, String doneKey, Runnable action) {
		if (accepted(redirect, action)) {
			done(redirect, doneKey);
		}
		return "redirect:" + target;
	}

	/**
	 * Like {@link #redirect(RedirectAttributes, String, String, Runnable)}; the action
	 * answers the success text.
	 */
	public String redirect(RedirectAttributes redirect, String target, Supplier<String> action) {
		obtain(redirect, action).ifPresent(text -> redirect.addFlashAttribute("flash", text));
		return "redirect:" + target;
	}

	/**
	 * Runs the action; refused → the rule's message as the next page's flash error.
	 * Whether it went through.
	 */
	public boolean accepted(RedirectAttributes redirect, Runnable action) {
		return obtain(redirect, done(action)).isPresent();
	}

	/** Runs the action and answers its result; refused → the flash error, and nothing. */
	public <T> Optional<T> obtain(RedirectAttributes redirect, Supplier<T> action) {
		return run(action, refusal -> refuse(redirect, refusal.code(), refusal.arguments()));
	}

	/**
	 * Runs the action and answers its result; refused → nothing, for a page that says so
	 * in its own words (the public diagnosis shows its questions again).
	 */
	public <T> Optional<T> attempt(Supplier<T> action) {
		return run(action, refusal -> {
		});
	}

	/**
	 * Runs the action; answers the refusal's message when refused, nothing when done —
	 * for an htmx fragment that shows the message in place.
	 */
	public Optional<String> refusalOf(Runnable action) {
		String[] message = new String[1];
		run(done(action), refusal -> message[0] = say(refusal.code(), refusal.arguments()));
		return Optional.ofNullable(message[0]);
	}

	/**
	 * A form's action: runs only when the form has no errors yet; refused → the rule's
	 * message as the form's own (global) error. Answers whether it went through; when
	 * not, the controller shows the form again.
	 */
	public boolean accepted(BindingResult form, Runnable action) {
		return accepted(form, code -> null, action);
	}

	/**
	 * Like {@link #accepted(BindingResult, Runnable)}, the message put on the field
	 * {@code fieldOf} names for the rule's code ({@code null}: the form's own error).
	 */
	public boolean accepted(BindingResult form, Function<String, String> fieldOf, Runnable action) {
		return saved(form, fieldOf, done(action)).isPresent();
	}

	/**
	 * A form's action that answers something (the saved record's id); nothing when it did
	 * not run or was refused.
	 */
	public <T> Optional<T> saved(BindingResult form, Supplier<T> action) {
		return saved(form, code -> null, action);
	}

	/**
	 * Like {@link #saved(BindingResult, Supplier)}, the message on the field
	 * {@code fieldOf} names.
	 */
	public <T> Optional<T> saved(BindingResult form, Function<String, String> fieldOf, Supplier<T> action) {
		if (form.hasErrors()) {
			return Optional.empty();
		}
		return run(action, refusal -> {
			String field = fieldOf.apply(refusal.code());
			if (field == null) {
				form.reject(refusal.code(), refusal.arguments(), null);
			}
			else {
				form.rejectValue(field, refusal.code(), refusal.arguments(), null);
			}
		});
	}

	/**
	 * The one catch: a refusal is told through {@code onRefusal}, and leaves nothing
	 * behind.
	 */
	private static <T> Optional<T> run(Supplier<T> action, Consumer<Refusal> onRefusal) {
		Refusal refusal;
		try {
			return Optional.of(action.get());
		}
		catch (BusinessRuleException ex) {
			refusal = new Refusal(ex.messageKey(), ex.arguments());
		}
		catch (OptimisticLockingFailureException ex) {
			refusal = new Refusal(STALE, new Object[0]);
		}
		rollBack();
		onRefusal.accept(refusal);
		return Optional.empty();
	}

	private static Supplier<Boolean> done(Runnable action) {
		return () -> {
			action.run();
			return Boolean.TRUE;
		};
	}

	/**
	 * A refusal leaves nothing behind in a transaction the controller opened around the
	 * action.
	 */
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
