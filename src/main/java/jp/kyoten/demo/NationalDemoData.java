package jp.kyoten.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.hub.Hub;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.hub.Kpi;
import jp.kyoten.hub.Prefectures;
import jp.kyoten.platform.demo.DemoSeed;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * The national level of the demo (issue 14): a Pro hub in every prefecture (the 45
 * besides Kumamoto and Fukuoka) and よろず hubs in Kumamoto and Fukuoka. Each hub then gets
 * a fiscal year and a half of compact activity from the modules' own seeds
 * ({@link DemoSeed#seedCompact}: a bank, companies, consultations, for a Pro hub an
 * agency, needs, hand-offs and confirmed placements, and monthly reports submitted on
 * time, late, corrected or not at all; a few statements per hub, seconds for all). The
 * bodies' viewers (内閣府, よろず全国本部, 九州経済産業局) and the national figures, refreshed once as the
 * scheduled refresh would, are the national module's own seed
 * ({@link DemoSeed#seedLast}), after every hub has its rows.
 */
@Component
class NationalDemoData {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(NationalDemoData.class);

	private final Hubs hubs;

	private final List<DemoSeed> seeds;

	private final TransactionTemplate tx;

	private final Clock clock;

	NationalDemoData(Hubs hubs, List<DemoSeed> seeds, TransactionTemplate tx, Clock clock) {
		this.hubs = hubs;
		this.seeds = seeds;
		this.tx = tx;
		this.clock = clock;
	}

	void seed() {
		long started = System.nanoTime();
		LocalDate today = LocalDate.now(clock);
		int year = Hubs.fiscalYearOf(today);
		List<Hub> created = tx.execute(status -> {
			List<Hub> list = new ArrayList<>();
			for (Prefectures.Prefecture p : Prefectures.all()) {
				if (p.code().equals("43") || p.code().equals("40")) {
					continue; // the demo's own Kumamoto and Fukuoka hubs
				}
				Hub hub = hubs.create("pro-" + p.code(), p.name() + "プロフェッショナル人材戦略拠点", HubKind.PRO_TALENT, p.code());
				int scale = 150 + Integer.parseInt(p.code()) * 5;
				for (int y = year - 1; y <= year; y++) {
					hubs.setTarget(hub.getId(), y, Kpi.CONSULTATIONS, scale);
					hubs.setTarget(hub.getId(), y, Kpi.PLACEMENTS, scale / 5);
					hubs.setTarget(hub.getId(), y, Kpi.DIGITAL_PLACEMENTS, scale / 25);
					hubs.setTarget(hub.getId(), y, Kpi.FINANCIAL_REFERRAL_PLACEMENTS, scale / 25);
					hubs.setTarget(hub.getId(), y, Kpi.SIDE_JOB_NEW_COMPANY_PLACEMENTS, scale / 20);
				}
				list.add(hub);
			}
			list.add(hubs.create("yorozu-kumamoto", "熊本県よろず支援拠点", HubKind.YOROZU, "43"));
			list.add(hubs.create("yorozu-fukuoka", "福岡県よろず支援拠点", HubKind.YOROZU, "40"));
			return list;
		});
		long hubsMade = System.nanoTime();
		LocalDate from = LocalDate.of(year - 1, 4, 1);
		for (Hub hub : created) {
			HubScope.runAs(hub.getId(), () -> tx.executeWithoutResult(status -> {
				for (DemoSeed seed : seeds) {
					seed.seedCompact(hub.getId(), hub.getPrefectureCode(), from, today);
				}
			}));
		}
		log.info("National demo: hubs {} ms, activity {} ms", (hubsMade - started) / 1_000_000,
				(System.nanoTime() - hubsMade) / 1_000_000);
	}

}
