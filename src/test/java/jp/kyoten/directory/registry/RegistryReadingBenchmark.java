package jp.kyoten.directory.registry;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the Java half of the import on its own (read, decode, parse, normalise,
 * render for COPY), without a database, to show how much of the two cores the reading
 * thread leaves to PostgreSQL (bench/corporate-number-import/README.md).
 */
@Tag("benchmark")
class RegistryReadingBenchmark {

	@Test
	void readsAndNormalisesGeneratedRows() throws Exception {
		int rows = Integer.getInteger("bench.rows", 1_000_000);
		Path file = Path.of("target", "bench", "registry-" + rows + ".csv");
		Files.createDirectories(file.getParent());
		if (!Files.exists(file)) {
			CorporateNumberImportBenchmark.generate(file, rows);
		}
		for (int run = 0; run < 3; run++) {
			long t0 = System.nanoTime();
			long n = 0;
			long grams = 0;
			long chars = 0;
			try (RegistryFileReader reader = RegistryFileReader.open(file, RegistryFileReader.Encoding.AUTO)) {
				RegistryFileReader.Line line;
				while ((line = reader.next()) != null) {
					RegistryRow row = RegistryRow.of(RegistryRecord.parse(line.text()));
					grams += row.searchGrams().size();
					chars += StagedRow.of(row).copyFields().length();
					n++;
				}
			}
			double seconds = (System.nanoTime() - t0) / 1e9;
			System.out.printf(
					"reading: %,d rows in %.1f s (%.1f µs per row, %.1f grams and %d COPY characters per row)%n", n,
					seconds, seconds * 1e6 / n, (double) grams / n, chars / n);
		}
	}

}
