package jp.kyoten.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running on our data folder by a Kyoten process that died without
 * stopping it ({@code kill -9}, a crash, a power cut of the JVM's container but not of
 * the host). Such a server holds the data folder's lock and shared memory: a new server
 * on the folder cannot start until it is gone, and it only notices by itself, after a
 * minute or more, that its lock file was replaced.
 * <p>
 * Each process that starts the server writes its own pid and start time beside the data
 * folder ({@code pgdata.owner}). At the next start, a server named by
 * {@code postmaster.pid} whose owner is no longer alive is stopped — fast shutdown with
 * {@code pg_ctl stop -m fast}, then signals if it does not go — and waited for. A server
 * whose owner is still alive belongs to a Kyoten that is running: it is left alone and
 * the start refused, because two servers must never share one data folder.
 */
final class OrphanedPostgres {

	private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	private OrphanedPostgres() {
	}

	/**
	 * What {@code postmaster.pid} says: its first line is the postmaster's pid, its
	 * second the data folder.
	 */
	record Postmaster(long pid, Path dataDirectory) {

		static Optional<Postmaster> of(Path dataDirectory) {
			Path pidFile = dataDirectory.resolve("postmaster.pid");
			try {
				if (!Files.isRegularFile(pidFile)) {
					return Optional.empty();
				}
				List<String> lines = Files.readAllLines(pidFile);
				if (lines.size() < 2 || !lines.get(0).strip().matches("\\d{1,10}")) {
					return Optional.empty();
				}
				return Optional.of(new Postmaster(Long.parseLong(lines.get(0).strip()), Path.of(lines.get(1).strip())));
			}
			catch (IOException | RuntimeException ex) {
				// unreadable or half written: PostgreSQL itself will judge the lock file
				return Optional.empty();
			}
		}

		/**
		 * The live PostgreSQL process of this lock file; empty if the pid is gone or now
		 * names another program.
		 */
		Optional<ProcessHandle> process() {
			return ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.filter(p -> p.info()
					.command()
					.map(c -> Path.of(c).getFileName().toString().startsWith("postgres"))
					.orElse(true));
		}

	}

	/**
	 * Who started the server last: a pid and that process's start time, which tells a
	 * reused pid apart.
	 */
	record Owner(long pid, Instant started) {

		static Owner current() {
			ProcessHandle self = ProcessHandle.current();
			return new Owner(self.pid(), self.info().startInstant().orElse(Instant.EPOCH));
		}

		static Path file(Path dataDirectory) {
			return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".owner");
		}

		static Optional<Owner> read(Path dataDirectory) {
			try {
				String[] parts = Files.readString(file(dataDirectory)).strip().split(" ");
				return Optional.of(new Owner(Long.parseLong(parts[0]), Instant.parse(parts[1])));
			}
			catch (IOException | RuntimeException ex) {
				return Optional.empty();
			}
		}

		void write(Path dataDirectory) {
			try {
				Files.writeString(file(dataDirectory), pid + " " + started + "\n");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		boolean alive() {
			return ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.filter(p -> p.info().startInstant().map(started::equals).orElse(true))
				.isPresent();
		}

	}

	/**
	 * Stops the server a dead Kyoten left on this data folder, and returns once it is
	 * gone.
	 * @throws IllegalStateException when a living process owns the server, or it would
	 * not stop
	 */
	static void stopIfOrphaned(Path dataDirectory) {
		Optional<ProcessHandle> server = Postmaster.of(dataDirectory).flatMap(Postmaster::process);
		if (server.isEmpty()) {
			return;
		}
		Optional<Owner> owner = Owner.read(dataDirectory);
		if (owner.isPresent() && owner.get().alive() && owner.get().pid() != ProcessHandle.current().pid()) {
			throw new IllegalStateException(
					"The embedded PostgreSQL in " + dataDirectory + " belongs to Kyoten process " + owner.get().pid()
							+ ", which is still running: stop it first, or give this one its own data folder"
							+ " (KYOTEN_EMBEDDED_DATABASE_DATA_DIR)");
		}
		ProcessHandle postmaster = server.get();
		log.warn("Stopping the embedded PostgreSQL (pid {}) that a stopped Kyoten process left on {}", postmaster.pid(),
				dataDirectory);
		if (!(pgCtlStop(postmaster, dataDirectory) || signal(postmaster, "INT") || signal(postmaster, "QUIT"))) {
			postmaster.destroyForcibly();
			if (!awaitExit(postmaster)) {
				throw new IllegalStateException(
						"Could not stop the orphaned PostgreSQL " + postmaster.pid() + " on " + dataDirectory);
			}
		}
	}

	/**
	 * {@code pg_ctl stop -m fast}, from the orphan's own installation: it also waits for
	 * the lock file to go.
	 */
	private static boolean pgCtlStop(ProcessHandle postmaster, Path dataDirectory) {
		Optional<Path> pgCtl = postmaster.info()
			.command()
			.map(c -> Path.of(c).resolveSibling("pg_ctl"))
			.filter(Files::isExecutable);
		if (pgCtl.isEmpty()) {
			return false;
		}
		return run(List.of(pgCtl.get().toString(), "stop", "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t",
				String.valueOf(STOP_TIMEOUT.toSeconds()))) && awaitExit(postmaster);
	}

	/**
	 * Fast shutdown is SIGINT to the postmaster, immediate shutdown SIGQUIT (POSIX
	 * {@code kill}).
	 */
	private static boolean signal(ProcessHandle postmaster, String signal) {
		return run(List.of("kill", "-" + signal, String.valueOf(postmaster.pid()))) && awaitExit(postmaster);
	}

	private static boolean run(List<String> command) {
		try {
			Process p = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!p.waitFor(STOP_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS)) {
				p.destroyForcibly();
				return false;
			}
			return p.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static boolean awaitExit(ProcessHandle process) {
		try {
			process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			return true;
		}
		catch (java.util.concurrent.TimeoutException ex) {
			return false;
		}
		catch (java.util.concurrent.ExecutionException ex) {
			return !process.isAlive();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
