package jp.kyoten.privacy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tables a hub owns, read from the database's catalog rather than listed by hand, so
 * that a table added tomorrow is handed back and erased with the others: every base table
 * with a {@code hub_id} column, and every table without one whose foreign key points at
 * such a table ({@code api_token} of the hub's accounts). The proof tables of this module
 * ({@code privacy_hand_back*}, {@code privacy_erasure*}) name their hub
 * {@code target_hub_id} and so are never among them. Each table's Japanese name and
 * whether it holds personal data come from {@code privacy/tables.properties}.
 */
@Component
class HubTables {

	/**
	 * Columns never handed out: credentials and bearer tokens (a link that cancels a
	 * registration is one).
	 */
	private static final Pattern SECRET = Pattern
		.compile("(^|_)(password|secret)(_|$)|password_hash|token_hash|code_hash|^token$|_token$|recovery");

	record Column(String name, String type, boolean nullable, String comment) {

		boolean bytea() {
			return "bytea".equals(type);
		}

		boolean secret() {
			return SECRET.matcher(name).find();
		}

	}

	/**
	 * A foreign key: {@code child(childColumns) → parent(parentColumns)}, column lists
	 * already quoted.
	 */
	record ForeignKey(String child, String parent, String childColumns, String parentColumns) {
	}

	/**
	 * A table of the hub. {@code via} is null for a table with hub_id; for one without,
	 * the keys that tie its rows to the hub's rows of other tables.
	 */
	record Table(String name, String label, boolean personal, List<Column> columns, List<ForeignKey> via,
			String comment) {

		boolean hasHubId() {
			return via == null;
		}

		List<Column> exported() {
			return columns.stream().filter(c -> !c.secret()).toList();
		}

		boolean hasId() {
			return columns.stream().anyMatch(c -> c.name().equals("id"));
		}

		/** The hub's rows of this table, for a hub id the caller checked is a number. */
		String where(long hubId) {
			if (via == null) {
				return " WHERE hub_id = " + hubId;
			}
			List<String> any = new ArrayList<>();
			for (ForeignKey fk : via) {
				any.add("(" + fk.childColumns() + ") IN (SELECT " + fk.parentColumns() + " FROM " + quote(fk.parent())
						+ " WHERE hub_id = " + hubId + ")");
			}
			return " WHERE " + String.join(" OR ", any);
		}

	}

	private final JdbcClient jdbc;

	private final Map<String, String[]> described;

	HubTables(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.described = load();
	}

	/**
	 * Every table of the hub, by name; tables the properties do not describe are personal
	 * until described.
	 */
	List<Table> all() {
		List<ForeignKey> keys = foreignKeys();
		Set<String> withHubId = new LinkedHashSet<>(jdbc.sql("""
				SELECT c.table_name FROM information_schema.columns c
				  JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
				 WHERE c.table_schema = current_schema() AND c.column_name = 'hub_id' AND t.table_type = 'BASE TABLE'
				 ORDER BY 1""").query(String.class).list());
		Map<String, List<ForeignKey>> children = new TreeMap<>();
		for (ForeignKey fk : keys) {
			if (!withHubId.contains(fk.child()) && withHubId.contains(fk.parent()) && !fk.child().equals("hub")) {
				children.computeIfAbsent(fk.child(), c -> new ArrayList<>()).add(fk);
			}
		}
		Map<String, List<Column>> columns = columns();
		Map<String, String> comments = tableComments();
		List<Table> tables = new ArrayList<>();
		for (String name : withHubId) {
			tables.add(tableOf(name, columns.get(name), null, comments.get(name)));
		}
		children.forEach((name, via) -> tables.add(tableOf(name, columns.get(name), via, comments.get(name))));
		tables.sort(java.util.Comparator.comparing(Table::name));
		return tables;
	}

	/**
	 * Tables of {@link #all()} that the properties do not describe: a new table someone
	 * forgot to classify.
	 */
	List<String> undescribed() {
		return all().stream().map(Table::name).filter(n -> !described.containsKey(n)).toList();
	}

	Optional<Table> named(String name) {
		return all().stream().filter(t -> t.name().equals(name)).findFirst();
	}

	/**
	 * The tables an erasure of the scope takes: for PERSONAL those holding personal data
	 * and, since their rows cannot go while others refer to them, every table that refers
	 * to one of those; for HUB all of them.
	 */
	Set<String> tablesErasedBy(ErasureScope scope) {
		List<Table> all = all();
		Set<String> names = new LinkedHashSet<>();
		for (Table t : all) {
			if (scope == ErasureScope.HUB || t.personal()) {
				names.add(t.name());
			}
		}
		Set<String> owned = new HashSet<>(all.stream().map(Table::name).toList());
		List<ForeignKey> keys = foreignKeys();
		boolean grown = true;
		while (grown) {
			grown = false;
			for (ForeignKey fk : keys) {
				if (names.contains(fk.parent()) && owned.contains(fk.child()) && names.add(fk.child())) {
					grown = true;
				}
			}
		}
		return names;
	}

	/**
	 * The tables in an order that deletes every row before the rows it refers to (a
	 * table's own keys aside).
	 */
	List<String> deletionOrder(Set<String> tables) {
		Map<String, Set<String>> referredBy = new HashMap<>();
		for (ForeignKey fk : foreignKeys()) {
			if (tables.contains(fk.child()) && tables.contains(fk.parent()) && !fk.child().equals(fk.parent())) {
				referredBy.computeIfAbsent(fk.parent(), p -> new HashSet<>()).add(fk.child());
			}
		}
		List<String> order = new ArrayList<>();
		Set<String> placed = new HashSet<>();
		Set<String> visiting = new HashSet<>();
		for (String t : new java.util.TreeSet<>(tables)) {
			place(t, referredBy, placed, visiting, order);
		}
		return order;
	}

	private static void place(String table, Map<String, Set<String>> referredBy, Set<String> placed,
			Set<String> visiting, List<String> order) {
		if (placed.contains(table) || !visiting.add(table)) {
			return;
		}
		Deque<String> children = new ArrayDeque<>(new java.util.TreeSet<>(referredBy.getOrDefault(table, Set.of())));
		for (String child : children) {
			place(child, referredBy, placed, visiting, order);
		}
		placed.add(table);
		order.add(table);
	}

	private Table tableOf(String name, List<Column> columns, List<ForeignKey> via, String comment) {
		String[] d = described.get(name);
		String label = d == null ? name : d[0];
		boolean personal = d == null || d.length < 2 || !"no".equals(d[1].strip());
		return new Table(name, label, personal, columns == null ? List.of() : columns, via, comment);
	}

	private List<ForeignKey> foreignKeys() {
		return jdbc.sql("""
				SELECT cr.relname AS child, pr.relname AS parent,
				       (SELECT string_agg(quote_ident(a.attname), ',' ORDER BY k.i)
				          FROM unnest(con.conkey) WITH ORDINALITY k(n, i)
				          JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n) AS child_cols,
				       (SELECT string_agg(quote_ident(a.attname), ',' ORDER BY k.i)
				          FROM unnest(con.confkey) WITH ORDINALITY k(n, i)
				          JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n) AS parent_cols
				  FROM pg_constraint con
				  JOIN pg_class cr ON cr.oid = con.conrelid
				  JOIN pg_class pr ON pr.oid = con.confrelid
				  JOIN pg_namespace ns ON ns.oid = cr.relnamespace
				 WHERE con.contype = 'f' AND ns.nspname = current_schema()
				 ORDER BY 1, 2, con.conname""")
			.query((rs, n) -> new ForeignKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	private Map<String, List<Column>> columns() {
		Map<String, List<Column>> columns = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull,
				       col_description(a.attrelid, a.attnum)
				  FROM pg_attribute a
				  JOIN pg_class c ON c.oid = a.attrelid
				  JOIN pg_namespace n ON n.oid = c.relnamespace
				 WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
				 ORDER BY c.relname, a.attnum""")
			.query((rs, n) -> Map.entry(rs.getString(1),
					new Column(rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5))))
			.list()
			.forEach(e -> columns.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return columns;
	}

	private Map<String, String> tableComments() {
		Map<String, String> comments = new HashMap<>();
		jdbc.sql("""
				SELECT c.relname, obj_description(c.oid, 'pg_class') FROM pg_class c
				  JOIN pg_namespace n ON n.oid = c.relnamespace
				 WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
				   AND obj_description(c.oid, 'pg_class') IS NOT NULL""")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.forEach(e -> comments.put(e.getKey(), e.getValue()));
		return comments;
	}

	static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	private static Map<String, String[]> load() {
		Properties p = new Properties();
		try (Reader in = new InputStreamReader(new ClassPathResource("privacy/tables.properties").getInputStream(),
				StandardCharsets.UTF_8)) {
			p.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, String[]> map = new HashMap<>();
		p.forEach((k, v) -> map.put((String) k, ((String) v).split("\\|")));
		return map;
	}

}
