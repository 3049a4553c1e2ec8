package jp.kyoten.platform.export;

import java.util.Collection;
import java.util.List;

/**
 * A cell of a list export that is a message, not a code: 「電話」 rather than {@code PHONE}.
 * A list's columns return labels ({@code Label.of("channel.", view.channel())}) and
 * {@link ListExports} resolves them in the user's locale as it writes each row, so that a
 * list's columns need no message source of their own. Several codes ({@link #all}) become
 * their labels joined with 「、」, as the pages print them.
 */
public record Label(List<String> keys) {

	/** The label of one message key; null (an empty cell) for a null key. */
	public static Label key(String key) {
		return key == null ? null : new Label(List.of(key));
	}

	/**
	 * {@code prefix + code}: {@code of("channel.", Channel.PHONE)} is the message
	 * {@code channel.PHONE}.
	 */
	public static Label of(String prefix, Object code) {
		return code == null ? null : key(prefix + (code instanceof Enum<?> e ? e.name() : code));
	}

	/**
	 * The labels of several codes joined with 「、」 in the order given; an empty cell for
	 * none.
	 */
	public static Label all(String prefix, Collection<?> codes) {
		if (codes == null || codes.isEmpty()) {
			return null;
		}
		return new Label(codes.stream().map(c -> prefix + (c instanceof Enum<?> e ? e.name() : c)).toList());
	}

}
