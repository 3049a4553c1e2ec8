package jp.kyoten;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;

/**
 * The benchmarks' national scale: the existing hubs and one Pro hub per further
 * prefecture, 47 in all.
 */
public final class BenchmarkHubs {

	public static final int ALL = 47;

	private BenchmarkHubs() {
	}

	/**
	 * The ids of 47 hubs: the existing ones (the demo hubs first), then {@code bench-NN}
	 * hubs created as needed.
	 */
	public static List<Long> national(Hubs hubs, JdbcClient jdbc) {
		List<Long> ids = new ArrayList<>(jdbc.sql("SELECT id FROM hub ORDER BY id").query(Long.class).list());
		for (int p = 1; ids.size() < ALL; p++) {
			String code = "%02d".formatted(p);
			if (hubs.bySlug("bench-" + code).isPresent() || code.equals("40") || code.equals("43")) {
				continue;
			}
			ids.add(hubs.create("bench-" + code, "ベンチマーク拠点 " + code, HubKind.PRO_TALENT, code).getId());
		}
		return ids.subList(0, ALL);
	}

}
