package jp.kyoten.platform.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.kyoten.platform.web.FormText;

/**
 * The form of a contact person, bound and validated the same way on every page that keeps
 * them.
 */
public record ContactPersonForm(@NotBlank @Size(max = 100) String name, @Size(max = 100) String nameKana,
		@Size(max = 100) String department, @Size(max = 100) String title, @Email @Size(max = 254) String email,
		@Size(max = 30) @Pattern(regexp = "[0-9()+ -]+") String phone) {

	public ContactPersonForm {
		name = FormText.trimmed(name);
		nameKana = FormText.trimmed(nameKana);
		department = FormText.trimmed(department);
		title = FormText.trimmed(title);
		email = FormText.halfWidth(email);
		phone = FormText.halfWidth(phone);
	}

	static ContactPersonForm empty() {
		return new ContactPersonForm(null, null, null, null, null, null);
	}

	static ContactPersonForm of(ContactPerson c) {
		return new ContactPersonForm(c.name(), c.nameKana(), c.department(), c.title(), c.email(), c.phone());
	}

	ContactPerson details() {
		return new ContactPerson(name, nameKana, department, title, email, phone);
	}

}
