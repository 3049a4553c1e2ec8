package jp.kyoten.agency;

import java.util.Objects;

import jp.kyoten.platform.web.FormText;

/** What staff enter about a contact person at an agency; blanks become {@code null}. */
record AgencyContactDetails(String name, String nameKana, String department, String title, String email, String phone) {

	public AgencyContactDetails {
		name = Objects.requireNonNull(FormText.trimmed(name), "name");
		nameKana = FormText.trimmed(nameKana);
		department = FormText.trimmed(department);
		title = FormText.trimmed(title);
		email = FormText.halfWidth(email);
		phone = FormText.halfWidth(phone);
	}

}
