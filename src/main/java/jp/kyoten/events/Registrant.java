package jp.kyoten.events;

import java.util.Map;

/**
 * A person registering for an event, as the public form, staff or the API give them.
 * {@code organisation} is the company or institution they come from (none for talent).
 */
record Registrant(Audience participantType, String name, String nameKana, String email, String phone,
		String organisation, String department, Map<String, String> answers, boolean consentData,
		boolean consentAnnouncements) {

	Registrant {
		answers = answers == null ? Map.of() : Map.copyOf(answers);
	}

}
