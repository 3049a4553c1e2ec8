package jp.kyoten.privacy;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongConsumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.stereotype.Component;

import jp.kyoten.platform.export.CsvWriter;

/**
 * Writes one table of a hub for its hand-back: the rows as CSV (UTF-8 with BOM, through
 * the shared {@link CsvWriter}) and as JSON, one object a line, straight from
 * PostgreSQL's {@code COPY … TO STDOUT}; and every stored file of the table (a bytea
 * column) as a file of its own, named in the rows by its path. Rows stream from a cursor
 * and files go one at a time, so the heap does not grow with the hub. Both reads see one
 * snapshot, so the CSV and the JSON hold the same rows. Credentials and bearer tokens are
 * left out ({@link HubTables.Column#secret()}).
 */
@Component
class HandBackExport {

	/** One file written into the staging directory, with what the manifest says of it. */
	record Entry(String name, String table, Long rows, long bytes, String sha256) {
	}

	private static final int FETCH = 2000;

	private static final int PROGRESS_EVERY = 20_000;

	private final DataSource dataSource;

	HandBackExport(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Writes the table's entries below {@code dir} (tables/…, files/…); the caller has
	 * the hub in scope. Reports rows written to {@code progress} now and then.
	 */
	List<Entry> write(long hubId, HubTables.Table table, Path dir, LongConsumer progress) {
		List<Entry> entries = new ArrayList<>();
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			c.setReadOnly(true);
			try {
				entries.add(csv(c, hubId, table, dir, progress));
				entries.add(json(c, hubId, table, dir, progress));
				entries.addAll(files(c, hubId, table, dir));
			}
			finally {
				c.rollback();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("hand-back of " + table.name() + " failed: " + ex.getMessage(), ex);
		}
		return entries;
	}

	private Entry csv(Connection c, long hubId, HubTables.Table table, Path dir, LongConsumer progress)
			throws SQLException {
		String name = "tables/" + table.name() + ".csv";
		Path file = dir.resolve(name);
		long rows = 0;
		try (PreparedStatement ps = c.prepareStatement(select(hubId, table))) {
			ps.setFetchSize(FETCH);
			try (ResultSet rs = ps.executeQuery();
					Digesting out = Digesting.into(file);
					CsvWriter csv = new CsvWriter(out, CsvWriter.Encoding.UTF_8)) {
				ResultSetMetaData meta = rs.getMetaData();
				int n = meta.getColumnCount();
				List<Object> header = new ArrayList<>(n);
				boolean[] numeric = new boolean[n + 1];
				for (int i = 1; i <= n; i++) {
					header.add(meta.getColumnLabel(i));
					int type = meta.getColumnType(i);
					numeric[i] = type == Types.BIGINT || type == Types.INTEGER || type == Types.SMALLINT
							|| type == Types.NUMERIC || type == Types.DECIMAL;
				}
				csv.row(header);
				List<Object> cells = new ArrayList<>(n);
				while (rs.next()) {
					cells.clear();
					for (int i = 1; i <= n; i++) {
						cells.add(numeric[i] ? rs.getObject(i) : rs.getString(i));
					}
					csv.row(cells);
					if (++rows % PROGRESS_EVERY == 0) {
						progress.accept(PROGRESS_EVERY);
					}
				}
				csv.close();
				progress.accept(rows % PROGRESS_EVERY);
				return out.entry(name, table.name(), rows);
			}
		}
	}

	private Entry json(Connection c, long hubId, HubTables.Table table, Path dir, LongConsumer progress)
			throws SQLException {
		String name = "tables/" + table.name() + ".ndjson";
		Path file = dir.resolve(name);
		CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
		try (Digesting out = Digesting.into(file); LineCounting lines = new LineCounting(out, progress)) {
			copy.copyOut("COPY (SELECT row_to_json(x) FROM (" + select(hubId, table) + ") x) TO STDOUT", lines);
			lines.flush();
			progress.accept(lines.lines % PROGRESS_EVERY);
			return out.entry(name, table.name(), lines.lines);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<Entry> files(Connection c, long hubId, HubTables.Table table, Path dir) throws SQLException {
		List<Entry> entries = new ArrayList<>();
		if (!table.hasId()) {
			return entries;
		}
		for (HubTables.Column column : table.exported()) {
			if (!column.bytea()) {
				continue;
			}
			try (PreparedStatement ps = c.prepareStatement("SELECT id, " + HubTables.quote(column.name()) + " FROM "
					+ HubTables.quote(table.name()) + table.where(hubId) + " AND " + HubTables.quote(column.name())
					+ " IS NOT NULL ORDER BY id")) {
				ps.setFetchSize(4);
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						String name = filePath(table.name(), rs.getLong(1), column.name());
						try (InputStream in = rs.getBinaryStream(2);
								Digesting out = Digesting.into(dir.resolve(name))) {
							in.transferTo(out);
							out.close();
							entries.add(out.entry(name, table.name(), null));
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
					}
				}
			}
		}
		return entries;
	}

	/** Where a stored file goes in the zip, and what its row says in its place. */
	static String filePath(String table, long id, String column) {
		return "files/" + table + "/" + id + "-" + column;
	}

	/**
	 * The hub's rows of the table: its columns but the secret ones, a stored file
	 * replaced by its path. Names come from the catalog and are quoted; the hub id is a
	 * number.
	 */
	static String select(long hubId, HubTables.Table table) {
		List<String> columns = new ArrayList<>();
		for (HubTables.Column col : table.exported()) {
			String q = HubTables.quote(col.name());
			if (col.bytea() && table.hasId()) {
				columns.add("CASE WHEN " + q + " IS NULL THEN NULL ELSE 'files/" + table.name() + "/' || id || '-"
						+ col.name() + "' END AS " + q);
			}
			else if (col.bytea()) {
				columns.add("encode(" + q + ", 'base64') AS " + q);
			}
			else {
				columns.add(q);
			}
		}
		// no ORDER BY: a sort of a million rows would cost more than the export; a reader
		// sorts by id if it wants
		return "SELECT " + String.join(", ", columns) + " FROM " + HubTables.quote(table.name()) + table.where(hubId);
	}

	/** A file being written with its SHA-256 taken on the way. */
	static final class Digesting extends DigestOutputStream {

		private final Path file;

		private boolean closed;

		private Digesting(Path file, OutputStream out) {
			super(out, sha256());
			this.file = file;
		}

		static Digesting into(Path file) {
			try {
				Files.createDirectories(file.getParent());
				return new Digesting(file, new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		Entry entry(String name, String table, Long rows) {
			try {
				close();
				return new Entry(name, table, rows, Files.size(file),
						HexFormat.of().formatHex(getMessageDigest().digest()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void close() {
			if (!closed) {
				closed = true;
				try {
					super.close();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}

	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * COPY's text format doubles every backslash; a JSON text has no other character COPY
	 * escapes (row_to_json escapes control characters itself), so halving the pairs gives
	 * the JSON back. Counts the lines on the way.
	 */
	static final class LineCounting extends FilterOutputStream {

		private final LongConsumer progress;

		long lines;

		private boolean backslash;

		LineCounting(OutputStream out, LongConsumer progress) {
			super(out);
			this.progress = progress;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			int run = off;
			for (int i = off; i < off + len; i++) {
				if (b[i] == '\\') {
					if (!backslash) {
						out.write(b, run, i - run);
						backslash = true;
						run = i + 1;
					}
					else {
						backslash = false;
					}
					continue;
				}
				backslash = false;
				if (b[i] == '\n' && ++lines % PROGRESS_EVERY == 0) {
					progress.accept(PROGRESS_EVERY);
				}
			}
			out.write(b, run, off + len - run);
		}

		@Override
		public void close() {
			// the digesting stream below is closed by its owner
		}

	}

}
