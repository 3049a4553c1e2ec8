package jp.kyoten.national;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.CurrentUser;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.identity.Role;

/**
 * The bodies above the hubs, whose body a user reads for, and which hubs it oversees. A
 * national viewer belongs to the body named for them ({@code national_viewer}); a
 * prefecture's officer reads for the prefecture of their hub.
 */
@Service
@Transactional(readOnly = true)
public class NationalBodies {

	private static final String COLUMNS = "SELECT b.id, b.code, b.name, b.kind, b.hub_kind, b.prefectures FROM national_body b ";

	private final JdbcClient jdbc;

	private final Hubs hubs;

	NationalBodies(JdbcClient jdbc, Hubs hubs) {
		this.jdbc = jdbc;
		this.hubs = hubs;
	}

	/**
	 * The signed-in user's body; a user of no body (a hub's staff, a viewer not yet
	 * assigned) is refused.
	 */
	public NationalBody current() {
		return CurrentUser.get().flatMap(this::of).orElseThrow(() -> new AccessDeniedException("no national body"));
	}

	/**
	 * A viewer's body is the one the system admin assigned ({@code national_viewer}); an
	 * officer's is the one assigned, else the prefecture body of their hub's prefecture.
	 */
	Optional<NationalBody> of(KyotenUser user) {
		if (user.role() != Role.NATIONAL_VIEWER && user.role() != Role.PREFECTURE_OFFICER) {
			return Optional.empty();
		}
		Optional<NationalBody> assigned = assignedTo(user.userId());
		if (assigned.isPresent() || user.role() == Role.NATIONAL_VIEWER) {
			return assigned;
		}
		return user.hubId() == null ? Optional.empty()
				: byCode("prefecture-" + hubs.get(user.hubId()).getPrefectureCode());
	}

	Optional<NationalBody> assignedTo(long userId) {
		return jdbc.sql(COLUMNS + "JOIN national_viewer v ON v.body_id = b.id WHERE v.user_id = ?")
			.param(userId)
			.query(NationalBodies::body)
			.optional();
	}

	/** Every body, by kind and name (the system admin's page). */
	public List<NationalBody> all() {
		return jdbc.sql(COLUMNS + "ORDER BY b.kind, b.code").query(NationalBodies::body).list();
	}

	/** user → the body assigned to them, for every assigned reader: one query. */
	public java.util.Map<Long, Long> assignments() {
		java.util.Map<Long, Long> byUser = new java.util.HashMap<>();
		jdbc.sql("SELECT user_id, body_id FROM national_viewer")
			.query((rs, n) -> byUser.put(rs.getLong(1), rs.getLong(2)))
			.list();
		return byUser;
	}

	public Optional<NationalBody> byCode(String code) {
		return jdbc.sql(COLUMNS + "WHERE b.code = ?").param(code).query(NationalBodies::body).optional();
	}

	/** The hubs the body oversees (active ones), by prefecture and name. One query. */
	public List<OverseenHub> hubsOf(NationalBody body) {
		return jdbc.sql("""
				SELECT h.id, h.name, h.kind, h.prefecture_code FROM national_oversight o JOIN hub h ON h.id = o.hub_id
				 WHERE o.body_id = ? AND h.active ORDER BY h.prefecture_code, h.kind, h.name""")
			.param(body.id())
			.query((rs, n) -> new OverseenHub(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	/**
	 * Makes the user a viewer of the body (the system administrator's set-up, and the
	 * demo's viewers: {@link NationalDemoViewers}).
	 */
	@Transactional
	void assignViewer(long userId, String bodyCode) {
		NationalBody body = byCode(bodyCode).orElseThrow(() -> new IllegalArgumentException("no body " + bodyCode));
		jdbc.sql("""
				INSERT INTO national_viewer (user_id, body_id) VALUES (?, ?)
				ON CONFLICT (user_id) DO UPDATE SET body_id = EXCLUDED.body_id""").params(userId, body.id()).update();
	}

	/**
	 * Puts the body in scope for the rest of the current transaction (set_config local to
	 * it): the policies of the national tables then show the rows of the hubs it
	 * oversees. Must run inside a transaction, before its reads.
	 */
	public void enter(NationalBody body) {
		jdbc.sql("SELECT set_config('kyoten.national_body_id', ?, true)")
			.param(String.valueOf(body.id()))
			.query(String.class)
			.single();
	}

	private static NationalBody body(ResultSet rs, int n) throws SQLException {
		Array prefectures = rs.getArray(6);
		List<String> codes = prefectures == null ? List.of()
				: Arrays.stream((Object[]) prefectures.getArray()).map(o -> o.toString().strip()).toList();
		return new NationalBody(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				codes);
	}

}
