package jp.kyoten.finance;

/**
 * What a ledger entry can be for (the "linked event or activity"): an event of
 * the events module, a company visit or a consultation of the activity module.
 * {@code path} is the address of its page.
 */
public enum LinkKind {

	EVENT("/events/"), VISIT("/visits/"), CONSULTATION("/consultations/");

	private final String pathPrefix;

	LinkKind(String pathPrefix) {
		this.pathPrefix = pathPrefix;
	}

	public String path(long id) {
		return pathPrefix + id;
	}

}
