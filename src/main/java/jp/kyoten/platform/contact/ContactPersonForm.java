package jp.kyoten.platform.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.kyoten.platform.web.FormText;

/**
 * The form of a contact person, bound and validated the same way on every page that keeps
 * them, and by the imports that bring contact persons in ({@code moving}). The rules are
 * one for all: a phone number of 6 to 30 digits, {@code +}, parentheses or hyphens once
 * its spaces are gone, notes up to 4,000 characters. {@code version} is the one the edit
 * form was opened at: a save over someone else's is refused
 * ({@code error.optimisticLock}).
 */
public record ContactPersonForm(@NotBlank @Size(max = 100) String name, @Size(max = 100) String nameKana,
		@Size(max = 100) String department, @Size(max = 100) String title, @Email @Size(max = 254) String email,
		@Size(max = 30) @Pattern(regexp = "[0-9+()\\-]{6,30}") String phone, @Size(max = 4000) String notes,
		Long version) {

	public ContactPersonForm {
		name = FormText.trimmed(name);
		nameKana = ContactPerson.kana(nameKana);
		department = FormText.trimmed(department);
		title = FormText.trimmed(title);
		email = FormText.halfWidth(email);
		phone = ContactPerson.phone(phone);
		notes = FormText.trimmed(notes);
	}

	static ContactPersonForm empty() {
		return new ContactPersonForm(null, null, null, null, null, null, null, null);
	}

	static ContactPersonForm of(ContactPersonRow row) {
		ContactPerson c = row.person();
		return new ContactPersonForm(c.name(), c.nameKana(), c.department(), c.title(), c.email(), c.phone(), c.notes(),
				row.version());
	}

	/** What was entered, once it is valid (the name is given). */
	public ContactPerson details() {
		return new ContactPerson(name, nameKana, department, title, email, phone, notes);
	}

}
