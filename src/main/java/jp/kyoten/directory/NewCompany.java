package jp.kyoten.directory;

import java.util.List;

/**
 * A company to register in bulk (demo data, registry imports) together with its contacts.
 */
public record NewCompany(CompanyData data, List<ContactData> contacts) {

	public NewCompany {
		contacts = contacts == null ? List.of() : List.copyOf(contacts);
	}

}
