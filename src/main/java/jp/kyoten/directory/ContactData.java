package jp.kyoten.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** 担当者: a person at a company, as the form and the bulk registration give it. */
public record ContactData(@NotBlank @Size(max = 100) String name, @Size(max = 100) String nameKana,
		@Size(max = 100) String department, @Size(max = 100) String title, @Email @Size(max = 254) String email,
		@Size(max = 30) @Pattern(regexp = "[0-9+()\\-]{6,30}") String phone, @Size(max = 4000) String notes) {

	public ContactData {
		name = tidy(name);
		nameKana = JapaneseText.toDisplayKana(tidy(nameKana));
		department = tidy(department);
		title = tidy(title);
		email = email == null ? null : tidy(java.text.Normalizer.normalize(email, java.text.Normalizer.Form.NFKC));
		phone = phone == null ? null
				: tidy(java.text.Normalizer.normalize(phone, java.text.Normalizer.Form.NFKC).replaceAll("\\s", ""));
		notes = tidy(notes);
	}

	private static String tidy(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
