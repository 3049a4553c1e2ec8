package jp.kyoten.platform.publicform;

import java.time.Duration;
import java.util.Objects;

/**
 * One public form as the guard sees it: its name (the counter's key) and how many
 * submissions it takes per client address and per hub within one window.
 */
public record PublicForm(String name, int perAddress, int perHub, Duration window) {

	public PublicForm {
		Objects.requireNonNull(name, "name");
		if (perAddress < 1 || perHub < perAddress || window.toSeconds() < 1) {
			throw new IllegalArgumentException("limits of " + name + " do not fit");
		}
	}

}
