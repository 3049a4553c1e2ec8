package jp.kyoten.institution;

import java.util.Objects;

import jp.kyoten.platform.web.FormText;

/** What staff enter about a support institution; blanks become {@code null}. */
record InstitutionDetails(String name, String nameKana, InstitutionKind kind, String branch, String postalCode,
		String address, String phone, String url, String notes) {

	public InstitutionDetails {
		name = Objects.requireNonNull(FormText.trimmed(name), "name");
		Objects.requireNonNull(kind, "kind");
		nameKana = FormText.trimmed(nameKana);
		branch = FormText.trimmed(branch);
		postalCode = postalCode(postalCode);
		address = FormText.trimmed(address);
		phone = FormText.halfWidth(phone);
		url = FormText.trimmed(url);
		notes = FormText.trimmed(notes);
	}

	/** 〒8600001 and ８６０－０００１ both become 860-0001. */
	static String postalCode(String s) {
		String code = FormText.halfWidth(s);
		if (code != null && code.matches("[0-9]{7}")) {
			return code.substring(0, 3) + "-" + code.substring(3);
		}
		return code;
	}

}
