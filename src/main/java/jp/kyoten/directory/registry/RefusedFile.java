package jp.kyoten.directory.registry;

import java.util.Arrays;
import java.util.List;

/**
 * A registry file refused as a whole because it breaks one of the bounds of
 * {@link RegistryFileReader.Limits} or is mostly not registry data: the job ends FAILED
 * with this reason, and resuming it would only fail again. The reason is kept as a
 * message key with its arguments, so that each reader sees it in their own language.
 */
final class RefusedFile extends RuntimeException {

	private static final String SEPARATOR = "|";

	private final String key;

	private final List<String> args;

	RefusedFile(String key, Object... args) {
		super(key + " " + Arrays.toString(args), null, false, false);
		this.key = key;
		this.args = Arrays.stream(args).map(String::valueOf).toList();
	}

	String reasonKey() {
		return key;
	}

	/**
	 * The form kept in {@code registry_import.refusal}: the key, then its arguments,
	 * separated by '|'.
	 */
	String encoded() {
		return args.isEmpty() ? key : key + SEPARATOR + String.join(SEPARATOR, args);
	}

	static RefusedFile decode(String encoded) {
		String[] parts = encoded.split("\\" + SEPARATOR, -1);
		return new RefusedFile(parts[0], (Object[]) Arrays.copyOfRange(parts, 1, parts.length));
	}

	Object[] arguments() {
		return args.toArray();
	}

}
