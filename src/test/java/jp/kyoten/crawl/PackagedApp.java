package jp.kyoten.crawl;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Kyoten as it is deployed: {@code java -jar target/kyoten-….jar}, the Spring Boot fat
 * jar that {@code package} built, on a free port and a fresh embedded database with the
 * demo data. Templates are then read from the jar's class path and SpEL resolves methods
 * on the jar's classes, so what fails in production fails here.
 * <p>
 * {@code -Dkyoten.it.base-url=http://127.0.0.1:8080} points the tests at a running
 * instance instead.
 */
final class PackagedApp implements AutoCloseable {

	private final Process process;

	private final String baseUrl;

	private final Path log;

	private PackagedApp(Process process, String baseUrl, Path log) {
		this.process = process;
		this.baseUrl = baseUrl;
		this.log = log;
	}

	static PackagedApp start() {
		String running = System.getProperty("kyoten.it.base-url");
		if (running != null && !running.isBlank()) {
			return new PackagedApp(null, running.replaceAll("/$", ""), null);
		}
		Path jar = Path.of(System.getProperty("kyoten.it.jar", "target/kyoten-0.1.0-SNAPSHOT.jar"));
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing: the packaged application is built by `./mvnw package`");
		}
		try {
			int port = freePort();
			Path target = Path.of("target");
			Path log = target.resolve("packaged-app.log");
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			ProcessBuilder builder = new ProcessBuilder(java, "-Xmx1g", "-jar", jar.toString(), "--server.port=" + port,
					"--server.address=127.0.0.1",
					"--kyoten.embedded-database.data-dir=" + target.resolve("it-pgdata").toAbsolutePath(),
					"--kyoten.embedded-database.fresh=true", "--kyoten.mail.poll-interval=P3650D",
					"--kyoten.events.reminder-interval=P3650D", "--kyoten.digest.interval=P3650D",
					"--kyoten.registry-import.directory=" + target.resolve("it-imports").toAbsolutePath())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment().put("KYOTEN_DEMO_PASSWORD", "demo-pass-1234");
			builder.environment().remove("KYOTEN_PUBLIC_URL");
			Process process = builder.start();
			PackagedApp app = new PackagedApp(process, "http://127.0.0.1:" + port, log);
			app.awaitHealthy(Duration.ofMinutes(8));
			return app;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String baseUrl() {
		return baseUrl;
	}

	/** The application's console output so far, for a failure message. */
	String logTail(int lines) {
		if (log == null) {
			return "(running instance: see its own log)";
		}
		try {
			var all = Files.readAllLines(log);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

	/**
	 * Lines of the application's log that name an exception, to show beside a failing
	 * page.
	 */
	java.util.List<String> errorLines() {
		if (log == null) {
			return java.util.List.of();
		}
		try {
			return Files.readAllLines(log)
				.stream()
				.filter(l -> l.contains("Exception") || l.contains("EL1") || l.contains(" ERROR "))
				.distinct()
				.limit(40)
				.toList();
		}
		catch (IOException ex) {
			return java.util.List.of(ex.toString());
		}
	}

	private void awaitHealthy(Duration timeout) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		Instant until = Instant.now().plus(timeout);
		while (Instant.now().isBefore(until)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the packaged application stopped:\n" + logTail(60));
			}
			try {
				HttpResponse<String> health = client
					.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
						.timeout(Duration.ofSeconds(5))
						.build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("UP")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep();
		}
		throw new IllegalStateException(
				"the packaged application did not become healthy in " + timeout + ":\n" + logTail(60));
	}

	private static void sleep() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Override
	public void close() {
		if (process != null) {
			process.destroy();
			try {
				if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				process.destroyForcibly();
				Thread.currentThread().interrupt();
			}
		}
	}

	static boolean jarPresent() {
		return new File(System.getProperty("kyoten.it.jar", "target/kyoten-0.1.0-SNAPSHOT.jar")).isFile();
	}

}
