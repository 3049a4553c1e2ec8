package jp.kyoten.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.kyoten.platform.RecordNotFoundException;

/**
 * Reads the register of data handlers of the hub in scope (row-level security keeps other
 * hubs' out).
 */
@Component
class Register {

	private static final String COLUMNS = "id, user_id, responsible, name, organisation, role_title, data_handled, "
			+ "nationality, expertise, from_date, to_date, version";

	private final JdbcClient jdbc;

	Register(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Everyone, the responsible person first, then those still working, by name. */
	List<Handler> all() {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM privacy_handler "
					+ "ORDER BY responsible DESC, (to_date IS NULL) DESC, name, id")
			.query(Register::row)
			.list();
	}

	/**
	 * @throws RecordNotFoundException for another hub's entry
	 */
	Handler get(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM privacy_handler WHERE id = ?")
			.param(id)
			.query(Register::row)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("handler", id));
	}

	Optional<Handler> ofUser(long userId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM privacy_handler WHERE user_id = ?")
			.param(userId)
			.query(Register::row)
			.optional();
	}

	/** The change history, newest first; {@code limit} bounds it. */
	List<HandlerChange> history(int limit) {
		return jdbc.sql("""
				SELECT c.id, c.handler_id, h.name, c.kind, c.source, c.summary, c.effective_on, c.changed_at,
				       c.changed_by, c.prefecture_told_on, c.told_by
				  FROM privacy_handler_change c JOIN privacy_handler h ON h.id = c.handler_id
				 ORDER BY c.changed_at DESC, c.id DESC LIMIT ?""").param(limit).query(Register::change).list();
	}

	/** Changes the prefecture has not yet been told of, oldest first. */
	List<HandlerChange> untold() {
		return jdbc.sql("""
				SELECT c.id, c.handler_id, h.name, c.kind, c.source, c.summary, c.effective_on, c.changed_at,
				       c.changed_by, c.prefecture_told_on, c.told_by
				  FROM privacy_handler_change c JOIN privacy_handler h ON h.id = c.handler_id
				 WHERE c.prefecture_told_on IS NULL ORDER BY c.effective_on, c.id""").query(Register::change).list();
	}

	private static Handler row(ResultSet rs, int n) throws SQLException {
		return new Handler(rs.getLong("id"), (Long) rs.getObject("user_id"), rs.getBoolean("responsible"),
				rs.getString("name"), rs.getString("organisation"), rs.getString("role_title"),
				rs.getString("data_handled"), rs.getString("nationality"), rs.getString("expertise"),
				rs.getObject("from_date", java.time.LocalDate.class),
				rs.getObject("to_date", java.time.LocalDate.class), rs.getInt("version"));
	}

	private static HandlerChange change(ResultSet rs, int n) throws SQLException {
		return new HandlerChange(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getObject(7, java.time.LocalDate.class), rs.getTimestamp(8).toInstant(),
				rs.getString(9), rs.getObject(10, java.time.LocalDate.class), rs.getString(11));
	}

}
