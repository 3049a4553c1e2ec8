package jp.kyoten.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.hub.Hub;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.hub.Indicator;
import jp.kyoten.hub.Kpi;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.demo.DemoLogin;
import jp.kyoten.platform.demo.DemoSeed;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * Creates the demo hubs, users and companies on the first start in demo mode, and prints
 * the demo logins on every start. Never runs against an external database.
 */
@Component
class DemoData implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	record DemoUser(String email, String name, Role role, String hubSlug) {
	}

	static final List<DemoUser> USERS = List.of(
			new DemoUser("manager@kumamoto.demo", "熊本 花子", Role.HUB_MANAGER, "kumamoto"),
			new DemoUser("coordinator@kumamoto.demo", "阿蘇 太郎", Role.COORDINATOR, "kumamoto"),
			new DemoUser("officer@kumamoto.demo", "熊本県 商工労働部 担当", Role.PREFECTURE_OFFICER, "kumamoto"),
			new DemoUser("manager@fukuoka.demo", "博多 一郎", Role.HUB_MANAGER, "fukuoka"),
			new DemoUser("manager@kyushu-meti.demo", "天神 直子", Role.HUB_MANAGER, "kyushu-meti"),
			new DemoUser("coordinator@kyushu-meti.demo", "中洲 健", Role.COORDINATOR, "kyushu-meti"),
			new DemoUser("admin@kyoten.demo", "システム管理者", Role.SYSTEM_ADMIN, null));

	private final DemoSettings settings;

	private final Hubs hubs;

	private final UserAccounts accounts;

	private final List<DemoSeed> hubData;

	private final TransactionTemplate tx;

	private final Environment env;

	private final NationalDemoData national;

	DemoData(DemoSettings settings, Hubs hubs, UserAccounts accounts, List<DemoSeed> hubData, TransactionTemplate tx,
			Environment env, NationalDemoData national) {
		this.national = national;
		this.settings = settings;
		this.hubs = hubs;
		this.accounts = accounts;
		this.hubData = hubData;
		this.tx = tx;
		this.env = env;
	}

	/**
	 * Runs once every bean is ready and before the web server opens its port, so that the
	 * first page a newcomer opens already has the demo data, and the logins are on the
	 * console by then.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		seed();
	}

	void seed() {
		if (!settings.enabled()) {
			return;
		}
		String password = password();
		if (!hubs.any()) {
			List<Hub> demoHubs = tx.execute(status -> {
				Hub kumamoto = hubs.create("kumamoto", "熊本県プロフェッショナル人材戦略拠点", HubKind.PRO_TALENT, "43");
				Hub fukuoka = hubs.create("fukuoka", "福岡県プロフェッショナル人材戦略拠点", HubKind.PRO_TALENT, "40");
				Hub meti = hubs.create("kyushu-meti", "九州経済産業局 地域中小企業人材確保支援事業", HubKind.TALENT_PROGRAMME, "40");
				setKumamotoTargets(kumamoto.getId());
				setProgrammeTargets(meti.getId());
				for (DemoUser u : USERS) {
					Long hubId = u.hubSlug() == null ? null : hubs.bySlug(u.hubSlug()).orElseThrow().getId();
					accounts.createIfAbsent(hubId, u.email(), u.name(), u.role(), password);
				}
				return List.of(kumamoto, fukuoka, meti);
			});
			// The hub must be in scope before the transaction borrows its connection:
			// row-level security reads it then.
			for (Hub hub : demoHubs) {
				for (DemoSeed c : hubData) {
					HubScope.runAs(hub.getId(), () -> tx.executeWithoutResult(
							status -> c.seed(hub.getId(), hub.getPrefectureCode(), settings.companiesPerHub())));
				}
			}
			log.info("Demo data created: 3 hubs, {} users, {} companies per hub", USERS.size(),
					settings.companiesPerHub());
			long started = System.nanoTime();
			national.seed();
			log.info("National demo data created in {} ms: a Pro hub in every prefecture, よろず hubs",
					(System.nanoTime() - started) / 1_000_000);
			// what spans the hubs: the agency user, the national viewers and figures
			started = System.nanoTime();
			for (DemoSeed c : hubData) {
				c.seedLast(password);
			}
			log.info("Demo accounts and figures over all hubs in {} ms", (System.nanoTime() - started) / 1_000_000);
		}
		printLogins(password);
	}

	/** Seed 000 §6: the Kumamoto hub's FY2026 targets. */
	private void setKumamotoTargets(long hubId) {
		hubs.setTarget(hubId, 2026, Kpi.CONSULTATIONS, 260);
		hubs.setTarget(hubId, 2026, Kpi.PLACEMENTS, 65);
		hubs.setTarget(hubId, 2026, Kpi.DIGITAL_PLACEMENTS, 12);
		hubs.setTarget(hubId, 2026, Kpi.FINANCIAL_REFERRAL_PLACEMENTS, 12);
		hubs.setTarget(hubId, 2026, Kpi.SIDE_JOB_NEW_COMPANY_PLACEMENTS, 20);
	}

	/**
	 * Seed 001 §2–3: the METI programme's targets, from the figures the specification
	 * proposes.
	 */
	private void setProgrammeTargets(long hubId) {
		int year = Hubs.fiscalYearOf(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")));
		for (Indicator i : Indicator.of(HubKind.TALENT_PROGRAMME)) {
			hubs.setTarget(hubId, year, i, i.suggested());
		}
	}

	private String password() {
		if (settings.password() != null && !settings.password().isBlank()) {
			return settings.password();
		}
		try {
			if (Files.exists(settings.passwordFile())) {
				return Files.readString(settings.passwordFile()).trim();
			}
			String generated = generate();
			Files.createDirectories(settings.passwordFile().toAbsolutePath().getParent());
			Files.writeString(settings.passwordFile(), generated);
			return generated;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String generate() {
		String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return sb.toString();
	}

	private void printLogins(String password) {
		String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
		StringBuilder sb = new StringBuilder("\n\n=== Kyoten demo mode: open http://localhost:" + port + "/ ===\n");
		for (DemoUser u : USERS) {
			sb.append("  login: %-28s password: %s   (%s)%n".formatted(u.email(), password, u.role()));
		}
		for (DemoSeed c : hubData) {
			for (DemoLogin l : c.logins()) {
				sb.append("  login: %-28s password: %s   (%s)%n".formatted(l.email(), password, l.who()));
			}
		}
		sb.append("  (password from KYOTEN_DEMO_PASSWORD, or generated and kept in ")
			.append(settings.passwordFile())
			.append(")\n");
		log.info(sb.toString());
	}

}
