package jp.kyoten.finance;

/**
 * The event or activity an entry was for, with its label as it read when the entry was
 * booked.
 */
public record EntryLink(LinkKind kind, long id, String label) {

	public String path() {
		return kind.path(id);
	}

}
