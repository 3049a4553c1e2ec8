package jp.kyoten.platform.contact;

import java.util.function.LongConsumer;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * The contact persons of one kind of organisation, in their table (SQL: a record set with
 * no behaviour beyond its columns, ADR 211), written once for every module that keeps
 * them: add, change, remove and read one, each refusing as not found an owner or a person
 * outside the hub in scope (row-level security, and the owner's own check), each change
 * and each display for editing audited through {@link ContactPersonLog}. A module's use
 * case extends it with its {@link Kind}.
 */
public abstract class ContactPersonTable {

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z_]+");

	/**
	 * @param table the contact persons' table ({@code agency_contact})
	 * @param ownerColumn its column naming the owner ({@code agency_id})
	 * @param ownerLabel the owner's kind in the audit log (人材事業者)
	 */
	public record Kind(String table, String ownerColumn, String ownerLabel) {

		public Kind {
			if (!IDENTIFIER.matcher(table).matches() || !IDENTIFIER.matcher(ownerColumn).matches()) {
				throw new IllegalArgumentException("not a table and column: " + table + "." + ownerColumn);
			}
		}

	}

	private final Kind kind;

	private final JdbcClient jdbc;

	private final ContactPersonLog log;

	private final LongConsumer requireOwner;

	/**
	 * @param requireOwner refuses an owner the hub in scope does not have (not found)
	 */
	protected ContactPersonTable(Kind kind, JdbcClient jdbc, ContactPersonLog log, LongConsumer requireOwner) {
		this.kind = kind;
		this.jdbc = jdbc;
		this.log = log;
		this.requireOwner = requireOwner;
	}

	/**
	 * @return the new contact person's id
	 */
	@Transactional
	public long add(long ownerId, ContactPerson c) {
		requireOwner.accept(ownerId);
		long id = jdbc.sql("INSERT INTO " + kind.table() + " (hub_id, " + kind.ownerColumn()
				+ ", name, name_kana, department, title, email, phone) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
			.params(HubScope.require(), ownerId, c.name(), c.nameKana(), c.department(), c.title(), c.email(),
					c.phone())
			.query(Long.class)
			.single();
		log.record(ContactPersonLog.Change.CREATE, kind.table(), id, summary(ownerId));
		return id;
	}

	@Transactional
	public void update(long ownerId, long contactId, ContactPerson c) {
		int n = jdbc.sql("UPDATE " + kind.table()
				+ " SET name = ?, name_kana = ?, department = ?, title = ?, email = ?, phone = ?, updated_at = now()"
				+ " WHERE id = ? AND " + kind.ownerColumn() + " = ?")
			.params(c.name(), c.nameKana(), c.department(), c.title(), c.email(), c.phone(), contactId, ownerId)
			.update();
		found(n, contactId);
		log.record(ContactPersonLog.Change.UPDATE, kind.table(), contactId, summary(ownerId));
	}

	@Transactional
	public void remove(long ownerId, long contactId) {
		int n = jdbc.sql("DELETE FROM " + kind.table() + " WHERE id = ? AND " + kind.ownerColumn() + " = ?")
			.params(contactId, ownerId)
			.update();
		found(n, contactId);
		log.record(ContactPersonLog.Change.DELETE, kind.table(), contactId, summary(ownerId));
	}

	/** The owner's contact person of this id, or a not-found refusal. */
	@Transactional(readOnly = true)
	public ContactPerson find(long ownerId, long contactId) {
		return jdbc
			.sql("SELECT name, name_kana, department, title, email, phone FROM " + kind.table() + " WHERE id = ? AND "
					+ kind.ownerColumn() + " = ?")
			.params(contactId, ownerId)
			.query((rs, i) -> new ContactPerson(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6)))
			.optional()
			.orElseThrow(() -> new RecordNotFoundException(kind.table(), contactId));
	}

	/** Records that the contact person was shown to be edited, under the owner's name. */
	@Transactional
	public void shownForEdit(long contactId, String ownerName) {
		log.record(ContactPersonLog.Change.VIEW, kind.table(), contactId, ownerName + " の担当者を編集のため表示");
	}

	private String summary(long ownerId) {
		return kind.ownerLabel() + " " + ownerId + " の担当者";
	}

	private void found(int rows, long contactId) {
		if (rows == 0) {
			throw new RecordNotFoundException(kind.table(), contactId);
		}
	}

}
