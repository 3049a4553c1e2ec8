package jp.kyoten.platform.contact;

/**
 * Where {@link ContactPersonTable} reports what it did with a contact person (personal
 * data), for the audit log: the platform depends on no module, so the audit module
 * implements this (as it does {@code ExportLog}).
 */
public interface ContactPersonLog {

	void created(String table, long id, String summary);

	void updated(String table, long id, String summary);

	void deleted(String table, long id, String summary);

	void viewed(String table, long id, String summary);

}
