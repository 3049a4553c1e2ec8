package jp.kyoten.platform.contact;

import java.util.Objects;
import java.util.regex.Pattern;

import jp.kyoten.platform.text.JapaneseFold;
import jp.kyoten.platform.web.FormText;

/**
 * What is known about a contact person of an organisation the hub works with (a company,
 * a recruitment agency, a support institution): one shape for every module that keeps
 * contact persons, whether staff typed it or an import or a registration brought it.
 * Blanks become {@code null}; the kana reading is stored as it is shown
 * ({@link JapaneseFold#displayKana}: katakana, single spaces); e-mail is folded to half
 * width, and so is the phone number, without its spaces.
 */
public record ContactPerson(String name, String nameKana, String department, String title, String email, String phone,
		String notes) {

	private static final Pattern WHITE_SPACE = Pattern.compile("\\s");

	public ContactPerson {
		name = Objects.requireNonNull(FormText.trimmed(name), "name");
		nameKana = kana(nameKana);
		department = FormText.trimmed(department);
		title = FormText.trimmed(title);
		email = FormText.halfWidth(email);
		phone = phone(phone);
		notes = FormText.trimmed(notes);
	}

	/** A contact person known by name only. */
	public static ContactPerson named(String name) {
		return new ContactPerson(name, null, null, null, null, null, null);
	}

	static String kana(String kana) {
		return JapaneseFold.displayKana(FormText.trimmed(kana));
	}

	/** Half width, without spaces: 「０９６ ３８３－１１１１」 is stored as 096383-1111. */
	static String phone(String phone) {
		String s = FormText.halfWidth(phone);
		return s == null ? null : FormText.trimmed(WHITE_SPACE.matcher(s).replaceAll(""));
	}

}
