package jp.kyoten.platform.web;

/**
 * Text nobody types: NUL (which PostgreSQL cannot store in text at all) and the other C0
 * control characters and DEL. Tab, line feed and carriage return are text.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	public static boolean in(CharSequence s) {
		if (s == null) {
			return false;
		}
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
				return true;
			}
		}
		return false;
	}

}
