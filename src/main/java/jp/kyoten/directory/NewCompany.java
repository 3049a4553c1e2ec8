package jp.kyoten.directory;

import java.util.List;

import jp.kyoten.platform.contact.ContactPerson;

/**
 * A company to register in bulk (demo data, registry imports) together with its contacts.
 */
public record NewCompany(CompanyData data, List<ContactPerson> contacts) {

	public NewCompany {
		contacts = contacts == null ? List.of() : List.copyOf(contacts);
	}

}
