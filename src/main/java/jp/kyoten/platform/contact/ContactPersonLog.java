package jp.kyoten.platform.contact;

/**
 * Where {@link ContactPersonTable} reports what it did with a contact person (personal
 * data), for the audit log: the platform depends on no module, so the audit module
 * implements this (as it does {@code ExportLog}).
 */
public interface ContactPersonLog {

	/** What was done; the audit log's action of the same name. */
	enum Change {

		CREATE, UPDATE, DELETE, VIEW

	}

	void record(Change change, String table, long id, String summary);

}
