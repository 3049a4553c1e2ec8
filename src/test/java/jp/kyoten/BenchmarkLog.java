package jp.kyoten;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the benchmarks (tagged {@code benchmark}, see {@code bench/}) share: timing a
 * piece of work after a warm-up (p50, p95, max) and a log printed with
 * {@code [benchmark]} and written to {@code target/benchmark/<name>.txt}.
 */
public final class BenchmarkLog {

	/**
	 * One timed call; answers how many rows (or characters, bytes) it produced, for the
	 * log.
	 */
	public interface Work {

		long run() throws Exception;

	}

	private final String name;

	private final int warmUp;

	private final int runs;

	private final List<String> lines = new ArrayList<>();

	public BenchmarkLog(String name, int warmUp, int runs) {
		this.name = name;
		this.warmUp = warmUp;
		this.runs = runs;
	}

	public void log(String format, Object... args) {
		String line = String.format(Locale.ROOT, format, args);
		lines.add(line);
		System.out.println("[benchmark] " + line);
	}

	/**
	 * Runs the work {@code warmUp} times untimed, then {@code runs} times timed, and logs
	 * the percentiles.
	 */
	public void measure(String label, String unit, Work work) {
		try {
			for (int i = 0; i < warmUp; i++) {
				work.run();
			}
			long[] micros = new long[runs];
			long found = 0;
			for (int i = 0; i < runs; i++) {
				long t = System.nanoTime();
				found += work.run();
				micros[i] = (System.nanoTime() - t) / 1_000;
			}
			Arrays.sort(micros);
			log("%-72s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  (%d runs, avg %d %s)", label,
					micros[runs / 2] / 1000.0, micros[(int) (runs * 0.95)] / 1000.0, micros[runs - 1] / 1000.0, runs,
					found / runs, unit);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Writes the log to {@code target/benchmark/<name>.txt}. */
	public void write() throws IOException {
		Path out = Path.of("target", "benchmark", name + ".txt");
		Files.createDirectories(out.getParent());
		Files.write(out, lines);
	}

}
