package jp.kyoten.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every municipality of Japan by its 全国地方公共団体コード (five digits, check digit left out, as
 * company records and the 法人番号 data carry it), with its name and reading: the 市区町村 and
 * the 区 of the 政令指定都市, read once from {@code directory/municipalities.tsv} (where it says
 * what it was built from). A code not listed there is shown as the bare code.
 */
final class Municipalities {

	static final String RESOURCE = "directory/municipalities.tsv";

	private static final List<Municipality> ALL;

	private static final Map<String, Municipality> BY_CODE = new HashMap<>();

	static {
		List<Municipality> all = new ArrayList<>();
		try (InputStream in = Municipalities.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the class path");
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split("\t");
				Municipality m = new Municipality(f[0], f[1], f.length > 2 ? f[2] : "");
				all.add(m);
				BY_CODE.put(m.code(), m);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ALL = List.copyOf(all);
	}

	private Municipalities() {
	}

	/** The municipalities of a prefecture, by code; none without a prefecture. */
	static List<Municipality> of(String prefectureCode) {
		if (prefectureCode == null || prefectureCode.isBlank()) {
			return List.of();
		}
		return ALL.stream().filter(m -> m.code().startsWith(prefectureCode)).toList();
	}

	/** Every municipality, by code. */
	static List<Municipality> all() {
		return ALL;
	}

	static String name(String code) {
		Municipality m = code == null ? null : BY_CODE.get(code);
		return m == null ? "" : m.name();
	}

}
