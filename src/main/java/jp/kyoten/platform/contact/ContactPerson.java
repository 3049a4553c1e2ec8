package jp.kyoten.platform.contact;

import java.util.Objects;

import jp.kyoten.platform.web.FormText;

/**
 * What staff enter about a contact person of an organisation the hub works with (a
 * recruitment agency, a support institution): one shape for every module that keeps
 * contact persons. Blanks become {@code null}; e-mail and phone are folded to half width.
 */
public record ContactPerson(String name, String nameKana, String department, String title, String email, String phone) {

	public ContactPerson {
		name = Objects.requireNonNull(FormText.trimmed(name), "name");
		nameKana = FormText.trimmed(nameKana);
		department = FormText.trimmed(department);
		title = FormText.trimmed(title);
		email = FormText.halfWidth(email);
		phone = FormText.halfWidth(phone);
	}

}
