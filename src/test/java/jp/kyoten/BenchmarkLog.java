package jp.kyoten;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the benchmarks (tagged {@code benchmark}) share: timing a piece of work after a warm-up, printing
 * {@code [benchmark]} lines and writing them to {@code target/benchmark/<name>.txt}.
 */
public final class BenchmarkLog {

	/** One timed call; answers how many rows (or characters) it found, for the report. */
	public interface Work {

		long run() throws Exception;

	}

	private final List<String> lines = new ArrayList<>();

	private final int warmUp;

	private final int runs;

	public BenchmarkLog(int warmUp, int runs) {
		this.warmUp = warmUp;
		this.runs = runs;
	}

	/** Times {@code runs} calls after {@code warmUp} untimed ones and logs p50, p95 and max. */
	public void measure(String name, Work work) {
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
			log("%-58s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (%d runs, avg %d %s)", name,
					micros[runs / 2] / 1000.0, micros[(int) (runs * 0.95)] / 1000.0, micros[runs - 1] / 1000.0, runs,
					found / runs, name.contains("HTTP") ? "chars" : "rows");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public void log(String format, Object... args) {
		String line = String.format(Locale.ROOT, format, args);
		lines.add(line);
		System.out.println("[benchmark] " + line);
	}

	/** Writes the lines logged so far to target/benchmark/{name}.txt. */
	public void write(String name) throws IOException {
		Path out = Path.of("target", "benchmark", name + ".txt");
		Files.createDirectories(out.getParent());
		Files.write(out, lines);
	}

}
