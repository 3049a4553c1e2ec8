package jp.kyoten.portal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.KyotenSpringTest;

/**
 * In-process companion of bench/public-portal (whose main figures come from wrk against
 * the running app): the time the application itself spends on the hub page — filter
 * chain, hub from the slug, cached page data, Thymeleaf — beside a static file, without
 * the network. Run by hand:
 * {@code ./mvnw test -Dtest=PublicPortalBenchmark -Dkyoten.test.excludedGroups=none}.
 */
@Tag("benchmark")
@KyotenSpringTest
class PublicPortalBenchmark {

	static final int WARM_UP = 500;

	static final int RUNS = 3000;

	@Autowired
	MockMvc mvc;

	final List<String> report = new ArrayList<>();

	@Test
	void hubPageBesideAStaticFile() throws Exception {
		time("GET /p/kumamoto (hub page)", "/p/kumamoto");
		time("GET /css/kyoten.css (static file)", "/css/kyoten.css");
		time("GET /p/kumamoto/stories (list)", "/p/kumamoto/stories");
		Path out = Path.of("target", "benchmark", "public-portal.txt");
		Files.createDirectories(out.getParent());
		Files.write(out, report);
	}

	private void time(String name, String path) throws Exception {
		for (int i = 0; i < WARM_UP; i++) {
			mvc.perform(get(path)).andReturn();
		}
		double[] ms = new double[RUNS];
		long bytes = 0;
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			bytes += mvc.perform(get(path)).andReturn().getResponse().getContentAsByteArray().length;
			ms[i] = (System.nanoTime() - start) / 1_000_000.0;
		}
		Arrays.sort(ms);
		String line = "[benchmark] %-36s p50 %5.2f ms  p95 %5.2f ms  max %6.2f ms  (%d runs, %d bytes)".formatted(name,
				ms[RUNS / 2], ms[(int) (RUNS * 0.95)], ms[RUNS - 1], RUNS, bytes / RUNS);
		System.out.println(line);
		report.add(line);
	}

}
