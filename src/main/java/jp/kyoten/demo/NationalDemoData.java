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
import jp.kyoten.identity.Role;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.national.NationalBodies;
import jp.kyoten.national.RefreshNationalFigures;
import jp.kyoten.platform.demo.DemoSeed;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * The national level of the demo (issue 14): a Pro hub in every prefecture (the 45
 * besides Kumamoto and Fukuoka), よろず hubs in Kumamoto and Fukuoka, and the bodies'
 * viewers: 内閣府, よろず全国本部, 九州経済産業局. Each hub then gets a fiscal year and a half of compact
 * activity from the modules' own seeds ({@link DemoSeed#seedCompact}: a bank, companies,
 * consultations, for a Pro hub an agency, needs, hand-offs and confirmed placements, and
 * monthly reports submitted on time, late, corrected or not at all; a few statements per
 * hub, seconds for all). The national figures are refreshed once at the end, as the
 * scheduled refresh would.
 */
@Component
class NationalDemoData {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(NationalDemoData.class);

	record NationalUser(String email, String name, String body) {
	}

	static final List<NationalUser> USERS = List.of(
			new NationalUser("national@kyoten.demo", "内閣府 地方創生推進室 担当", "cabinet-office"),
			new NationalUser("yorozu-hq@kyoten.demo", "よろず支援拠点全国本部 担当", "yorozu-hq"),
			new NationalUser("meti-kyushu@kyoten.demo", "九州経済産業局 担当", "meti-kyushu"));

	private final Hubs hubs;

	private final UserAccounts accounts;

	private final NationalBodies bodies;

	private final RefreshNationalFigures refresh;

	private final List<DemoSeed> seeds;

	private final TransactionTemplate tx;

	private final Clock clock;

	NationalDemoData(Hubs hubs, UserAccounts accounts, NationalBodies bodies, RefreshNationalFigures refresh,
			List<DemoSeed> seeds, TransactionTemplate tx, Clock clock) {
		this.hubs = hubs;
		this.accounts = accounts;
		this.bodies = bodies;
		this.refresh = refresh;
		this.seeds = seeds;
		this.tx = tx;
		this.clock = clock;
	}

	void seed(String password) {
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
			for (NationalUser u : USERS) {
				accounts.createIfAbsent(null, u.email(), u.name(), Role.NATIONAL_VIEWER, password)
					.ifPresent(id -> bodies.assignViewer(id, u.body()));
			}
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
		long activityMade = System.nanoTime();
		refresh.refreshAll();
		log.info("National demo: hubs and viewers {} ms, activity {} ms, national figures {} ms",
				(hubsMade - started) / 1_000_000, (activityMade - hubsMade) / 1_000_000,
				(System.nanoTime() - activityMade) / 1_000_000);
	}

}
