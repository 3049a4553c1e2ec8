package jp.kyoten.platform.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.ActingUser;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * The contact persons of one kind of organisation, in their table (SQL: a record set with
 * no behaviour beyond its columns, ADR 211 and ADR 251), written once for every module
 * that keeps them: add, change, remove, list and read one, each refusing as not found an
 * owner or a person outside the hub in scope (row-level security, and the owner's own
 * check), each change and each display for editing audited through
 * {@link ContactPersonLog}. A change names the version it was made on: a stale one is
 * refused ({@link OptimisticLockingFailureException}), the version counts the changes,
 * and who added and last changed a person is kept ({@code created_by},
 * {@code updated_by}). A module's use case extends it with its {@link Kind}, and may add
 * its owner's rule for a new person ({@link #checkNewContact}) and its own words for the
 * audit log ({@link #summary}).
 */
public abstract class ContactPersonTable {

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z_]+");

	private static final String COLUMNS = "id, name, name_kana, department, title, email, phone, notes, version";

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
	 * The owner's own rule for a new contact person, once the owner is found: refuses
	 * with a {@code BusinessRuleException} (a merged company takes none). None by
	 * default.
	 */
	protected void checkNewContact(long ownerId) {
	}

	/**
	 * What the audit log says of a change or a display of the owner's contact person:
	 * "人材事業者 12 の担当者" by default, "…の担当者を編集のため表示" under the owner's name for a display. A
	 * module whose log has always said it otherwise overrides this.
	 * @param ownerName the owner's name as the page shows it, for a display only
	 * ({@code null} for a change)
	 */
	protected String summary(ContactPersonLog.Change change, long ownerId, String ownerName, String personName) {
		return change == ContactPersonLog.Change.VIEW ? ownerName + " の担当者を編集のため表示"
				: kind.ownerLabel() + " " + ownerId + " の担当者";
	}

	/**
	 * @return the new contact person's id
	 */
	@Transactional
	public long add(long ownerId, ContactPerson c) {
		requireOwner.accept(ownerId);
		checkNewContact(ownerId);
		String actor = ActingUser.email();
		long id = jdbc
			.sql("INSERT INTO " + kind.table() + " (hub_id, " + kind.ownerColumn()
					+ ", name, name_kana, department, title, email, phone, notes, created_by, updated_by)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
			.params(HubScope.require(), ownerId, c.name(), c.nameKana(), c.department(), c.title(), c.email(),
					c.phone(), c.notes(), actor, actor)
			.query(Long.class)
			.single();
		log.record(ContactPersonLog.Change.CREATE, kind.table(), id,
				summary(ContactPersonLog.Change.CREATE, ownerId, null, c.name()));
		return id;
	}

	/**
	 * Changes the owner's contact person, if it is still at {@code expectedVersion}; a
	 * stale version is refused.
	 */
	@Transactional
	public void update(long ownerId, long contactId, long expectedVersion, ContactPerson c) {
		int n = jdbc
			.sql("UPDATE " + kind.table()
					+ " SET name = ?, name_kana = ?, department = ?, title = ?, email = ?, phone = ?, notes = ?,"
					+ " updated_at = now(), updated_by = ?, version = version + 1" + " WHERE id = ? AND "
					+ kind.ownerColumn() + " = ? AND version = ?")
			.params(c.name(), c.nameKana(), c.department(), c.title(), c.email(), c.phone(), c.notes(),
					ActingUser.email(), contactId, ownerId, expectedVersion)
			.update();
		if (n == 0) {
			find(ownerId, contactId);
			throw new OptimisticLockingFailureException(
					kind.table() + " " + contactId + " was changed since version " + expectedVersion);
		}
		log.record(ContactPersonLog.Change.UPDATE, kind.table(), contactId,
				summary(ContactPersonLog.Change.UPDATE, ownerId, null, c.name()));
	}

	@Transactional
	public void remove(long ownerId, long contactId) {
		String name = jdbc
			.sql("DELETE FROM " + kind.table() + " WHERE id = ? AND " + kind.ownerColumn() + " = ? RETURNING name")
			.params(contactId, ownerId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException(kind.table(), contactId));
		log.record(ContactPersonLog.Change.DELETE, kind.table(), contactId,
				summary(ContactPersonLog.Change.DELETE, ownerId, null, name));
	}

	/** The owner's contact person of this id, or a not-found refusal. */
	@Transactional(readOnly = true)
	public ContactPersonRow find(long ownerId, long contactId) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM " + kind.table() + " WHERE id = ? AND " + kind.ownerColumn() + " = ?")
			.params(contactId, ownerId)
			.query(ContactPersonTable::row)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException(kind.table(), contactId));
	}

	/**
	 * The owner's contact persons by their reading, then name; the page that shows them
	 * audits the display.
	 */
	@Transactional(readOnly = true)
	public List<ContactPersonRow> listOf(long ownerId) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM " + kind.table() + " WHERE " + kind.ownerColumn()
					+ " = ? ORDER BY name_kana, name, id")
			.param(ownerId)
			.query(ContactPersonTable::row)
			.list();
	}

	/** Records that the contact person was shown to be edited, under the owner's name. */
	@Transactional
	public void shownForEdit(long ownerId, ContactPersonRow contact, String ownerName) {
		log.record(ContactPersonLog.Change.VIEW, kind.table(), contact.id(),
				summary(ContactPersonLog.Change.VIEW, ownerId, ownerName, contact.person().name()));
	}

	private static ContactPersonRow row(ResultSet rs, int n) throws SQLException {
		return new ContactPersonRow(rs.getLong("id"),
				new ContactPerson(rs.getString("name"), rs.getString("name_kana"), rs.getString("department"),
						rs.getString("title"), rs.getString("email"), rs.getString("phone"), rs.getString("notes")),
				rs.getLong("version"));
	}

}
