package jp.kyoten.platform.db;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * An online base backup of a running PostgreSQL through its low-level API, taken from
 * inside the JVM because the embedded binaries carry no {@code pg_basebackup} or
 * {@code pg_dump} (docs/adr/090-embedded-database-backup.md):
 * <ol>
 * <li>a temporary physical replication slot keeps every WAL segment from the backup's
 * start until it ends;</li>
 * <li>{@code pg_backup_start} checkpoints and marks where recovery must begin;</li>
 * <li>the data folder is copied as it is, while writes go on (pages torn by the copy are
 * rewritten from WAL);</li>
 * <li>{@code pg_backup_stop} gives the {@code backup_label}, and the WAL from start to
 * stop is added.</li>
 * </ol>
 * The result is a gzipped tar of a data folder: unpacked into an empty folder and
 * started, PostgreSQL replays the WAL and opens exactly what was committed when the
 * backup stopped.
 */
final class BaseBackup {

	/**
	 * Written anew by the server, or meaningless in a copy (what pg_basebackup leaves out
	 * as well).
	 */
	private static final Set<String> SKIPPED_FILES = Set.of("postmaster.pid", "postmaster.opts", "backup_label",
			"tablespace_map", "backup_label.old", "pg_internal.init", "current_logfiles");

	/**
	 * Folders copied empty: their contents are rebuilt at start or belong to the running
	 * server only.
	 */
	private static final Set<String> EMPTIED_FOLDERS = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
			"pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");

	/**
	 * Told after the data folder is copied and before the backup stops; tests check the
	 * state at that point.
	 */
	interface Listener {

		void copied();

	}

	record Result(Path file, long bytes, String startLsn, String stopLsn) {
	}

	private final Path dataDirectory;

	BaseBackup(Path dataDirectory) {
		this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
	}

	/**
	 * Writes the backup to {@code target} (through a temporary file beside it, so that a
	 * backup that fails leaves nothing that looks complete).
	 * @param superuser a connection allowed to run the backup functions; it is used for
	 * nothing else meanwhile
	 */
	Result take(Connection superuser, Path target, Listener listener) throws IOException, SQLException {
		superuser.setAutoCommit(true);
		Path partial = target.resolveSibling(target.getFileName() + ".partial");
		Files.createDirectories(target.getParent());
		String startLsn;
		String stopLsn;
		try (OutputStream file = Files.newOutputStream(partial);
				OutputStream gzip = new FastGzip(new BufferedOutputStream(file, 1 << 16));
				TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip)) {
			tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
			tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
			try (Statement st = superuser.createStatement()) {
				// dropped with the session: a backup that dies keeps no WAL forever
				st.execute(
						"SELECT pg_create_physical_replication_slot('kyoten_backup_' || pg_backend_pid(), true, true)");
			}
			startLsn = single(superuser, "SELECT pg_backup_start(?, true)::text", "kyoten " + target.getFileName());
			copyDataFolder(tar);
			listener.copied();
			String label;
			String tablespaceMap;
			try (Statement st = superuser.createStatement();
					ResultSet rs = st
						.executeQuery("SELECT lsn::text, labelfile, spcmapfile FROM pg_backup_stop(false)")) {
				rs.next();
				stopLsn = rs.getString(1);
				label = rs.getString(2);
				tablespaceMap = rs.getString(3);
			}
			addText(tar, "backup_label", label);
			if (tablespaceMap != null && !tablespaceMap.isEmpty()) {
				addText(tar, "tablespace_map", tablespaceMap);
			}
			addWal(tar, single(superuser, "SELECT pg_walfile_name(?::pg_lsn)", startLsn),
					single(superuser, "SELECT pg_walfile_name(?::pg_lsn)", stopLsn));
			tar.finish();
		}
		catch (IOException | SQLException | RuntimeException ex) {
			Files.deleteIfExists(partial);
			throw ex;
		}
		finally {
			dropSlot(superuser);
		}
		try {
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
		}
		return new Result(target, Files.size(target), startLsn, stopLsn);
	}

	private void copyDataFolder(TarArchiveOutputStream tar) throws IOException {
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(dataDirectory)) {
			paths = walk.filter(p -> !p.equals(dataDirectory)).sorted().toList();
		}
		for (Path path : paths) {
			Path relative = dataDirectory.relativize(path);
			String name = relative.toString().replace('\\', '/');
			if (relative.getNameCount() > 1 && EMPTIED_FOLDERS.contains(relative.getName(0).toString())) {
				continue;
			}
			String fileName = path.getFileName().toString();
			if (SKIPPED_FILES.contains(fileName) || fileName.startsWith("pgsql_tmp")) {
				continue;
			}
			if (Files.isDirectory(path)) {
				TarArchiveEntry dir = new TarArchiveEntry(name + "/");
				dir.setMode(0040700);
				tar.putArchiveEntry(dir);
				tar.closeArchiveEntry();
			}
			else if (Files.isRegularFile(path)) {
				addFile(tar, path, name);
			}
		}
	}

	/**
	 * Copies a file that the server may be writing: its size is taken when the copy
	 * begins, what is appended later is left to WAL replay, and a file that shrinks
	 * (vacuum truncates tables) is padded with zeros, as pg_basebackup does. A file
	 * dropped meanwhile is left out; WAL replay knows it was dropped.
	 */
	private static void addFile(TarArchiveOutputStream tar, Path path, String name) throws IOException {
		InputStream in;
		long size;
		try {
			in = Files.newInputStream(path);
			size = Files.size(path);
		}
		catch (NoSuchFileException ex) {
			return;
		}
		try (in) {
			TarArchiveEntry entry = new TarArchiveEntry(name);
			entry.setSize(size);
			entry.setMode(0100600);
			tar.putArchiveEntry(entry);
			byte[] buffer = new byte[1 << 16];
			long left = size;
			while (left > 0) {
				int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
				if (n < 0) {
					java.util.Arrays.fill(buffer, (byte) 0);
					while (left > 0) {
						int pad = (int) Math.min(buffer.length, left);
						tar.write(buffer, 0, pad);
						left -= pad;
					}
					break;
				}
				tar.write(buffer, 0, n);
				left -= n;
			}
			tar.closeArchiveEntry();
		}
	}

	/**
	 * The segments from the one holding the start to the one holding the stop, and the
	 * timelines' history files.
	 */
	private void addWal(TarArchiveOutputStream tar, String first, String last) throws IOException {
		Path wal = dataDirectory.resolve("pg_wal");
		List<Path> segments;
		try (Stream<Path> files = Files.list(wal)) {
			segments = files.filter(Files::isRegularFile).filter(p -> {
				String n = p.getFileName().toString();
				return n.endsWith(".history")
						|| (n.length() == 24 && n.compareTo(first) >= 0 && n.compareTo(last) <= 0);
			}).sorted().toList();
		}
		if (segments.stream().noneMatch(p -> p.getFileName().toString().equals(last))) {
			throw new IOException("WAL segment " + last + " of the backup is missing from " + wal);
		}
		for (Path segment : segments) {
			addFile(tar, segment, "pg_wal/" + segment.getFileName());
		}
	}

	private static void addText(TarArchiveOutputStream tar, String name, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		TarArchiveEntry entry = new TarArchiveEntry(name);
		entry.setSize(bytes.length);
		entry.setMode(0100600);
		tar.putArchiveEntry(entry);
		tar.write(bytes);
		tar.closeArchiveEntry();
	}

	private static String single(Connection c, String sql, String param) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			ps.setString(1, param);
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				return rs.getString(1);
			}
		}
	}

	private static void dropSlot(Connection c) {
		try (Statement st = c.createStatement()) {
			st.execute("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots "
					+ "WHERE slot_name = 'kyoten_backup_' || pg_backend_pid()");
		}
		catch (SQLException ex) {
			// the slot is temporary: it goes with the session in any case
		}
	}

	/**
	 * The data is mostly pages already dense with tuples: the fastest level saves nearly
	 * as much as the best.
	 */
	private static final class FastGzip extends GZIPOutputStream {

		FastGzip(OutputStream out) throws IOException {
			super(out, 1 << 16);
			def.setLevel(Deflater.BEST_SPEED);
		}

	}

}
