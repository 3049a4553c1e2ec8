package jp.kyoten.talent;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.directory.registry.RegistryTestFiles;
import jp.kyoten.events.MatchingEventFixture;
import jp.kyoten.events.MatchingEvents;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.time.HubTime;

/**
 * A talent-programme hub of its own per test class (鹿児島, out of reach of prefecture-wide
 * tests) with a manager who holds the counselling permission and a coordinator who does
 * not; talent, matching events and participants through the module's own use cases. Names
 * are unique in the run (kanji numerals: no digit runs).
 */
public final class TalentFixture {

	public static final String PASSWORD = "talent-pass-1234";

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	public final long hubId;

	public final String counsellorEmail;

	/** The hub's slug, for its public pages ({@code /p/{slug}/events}). */
	final String slug;

	final String coordinatorEmail;

	final TalentProfiles profiles;

	final MatchingPlans plans;

	final InterviewSets sets;

	final MatchingEvents events;

	final TransactionTemplate tx;

	final JdbcClient jdbc;

	final SkillList skills;

	private final MatchingEventFixture matchingEvents;

	private TalentFixture(ApplicationContext ctx) {
		Hubs hubs = ctx.getBean(Hubs.class);
		UserAccounts accounts = ctx.getBean(UserAccounts.class);
		this.tx = ctx.getBean(TransactionTemplate.class);
		this.jdbc = ctx.getBean(JdbcClient.class);
		this.profiles = ctx.getBean(TalentProfiles.class);
		this.plans = ctx.getBean(MatchingPlans.class);
		this.sets = ctx.getBean(InterviewSets.class);
		this.events = ctx.getBean(MatchingEvents.class);
		this.skills = ctx.getBean(SkillList.class);
		this.matchingEvents = MatchingEventFixture.of(ctx);
		long n = SEQUENCE.incrementAndGet();
		this.slug = "talent-test-" + n;
		this.hubId = tx.execute(s -> hubs.create(slug, unique("試験人材事業"), HubKind.TALENT_PROGRAMME, "46").getId());
		this.counsellorEmail = "counsellor" + n + "@talent.test";
		this.coordinatorEmail = "coordinator" + n + "@talent.test";
		long counsellor = tx
			.execute(s -> accounts.createIfAbsent(hubId, counsellorEmail, unique("相談員"), Role.HUB_MANAGER, PASSWORD)
				.orElseThrow());
		tx.execute(s -> accounts.createIfAbsent(hubId, coordinatorEmail, unique("調整員"), Role.COORDINATOR, PASSWORD));
		HubScope.runAs(hubId,
				() -> tx
					.executeWithoutResult(s -> jdbc.sql("INSERT INTO talent_counsellor (hub_id, user_id) VALUES (?, ?)")
						.params(hubId, counsellor)
						.update()));
	}

	public static TalentFixture of(ApplicationContext ctx) {
		return new TalentFixture(ctx);
	}

	public static String unique(String prefix) {
		return prefix + RegistryTestFiles.kanji(SEQUENCE.incrementAndGet());
	}

	<T> T inHub(java.util.function.Supplier<T> work) {
		return HubScope.callAs(hubId, () -> tx.execute(s -> work.get()));
	}

	void runInHub(Runnable work) {
		HubScope.runAs(hubId, () -> tx.executeWithoutResult(s -> work.run()));
	}

	/**
	 * A talent of the kind; {@code share} whether they agreed to share an anonymised
	 * profile.
	 */
	long talent(TalentKind kind, boolean share, List<Long> skillIds) {
		LocalDate today = LocalDate.now(HubTime.ZONE);
		return inHub(() -> profiles
			.register(new TalentDetails(kind, unique("試験 人材"), null, null, null, 1995, "40", "経歴の記載", "希望の記載", null,
					List.of("FULL_TIME"), null, today, share ? today : null, "ACTIVE", skillIds, null)));
	}

	/** A talent of the kind with the name and contact given (consent to share given). */
	long talent(TalentKind kind, String name, String email, String phone) {
		LocalDate today = LocalDate.now(HubTime.ZONE);
		return inHub(() -> profiles.register(new TalentDetails(kind, name, null, email, phone, 1995, "40", "経歴の記載",
				"希望の記載", null, List.of("FULL_TIME"), null, today, today, "ACTIVE", List.of(), null)));
	}

	public long matchingEvent(LocalDate day) {
		return matchingEvents.published(hubId, unique("試験マッチング会"), day);
	}

	/**
	 * A company registered for the event; {@code came} checks it in. @return its
	 * registration id
	 */
	long company(long eventId, String name, boolean came) {
		return inHub(() -> {
			long registration = events.registerCompany(eventId, name, unique("担当"),
					"c" + SEQUENCE.incrementAndGet() + "@talent.test");
			if (came) {
				events.checkIn(eventId, registration);
			}
			return registration;
		});
	}

	long need(long eventId, long registrationId, List<Long> skillIds) {
		return inHub(() -> plans.addCompany(eventId, registrationId,
				new MatchingPlans.Need("DX推進担当", null, skillIds, null)));
	}

	void participant(long eventId, long talentId) {
		runInHub(() -> plans.addTalent(eventId, talentId));
	}

	long set(long eventId, long companyId, long talentId, int slot) {
		return inHub(() -> sets.plan(eventId, companyId, talentId, slot, false));
	}

	void result(long eventId, long setId, InterviewResult result) {
		runInHub(() -> sets.recordResult(eventId, setId, result, LocalDate.now(HubTime.ZONE)));
	}

	List<Long> skillIds(int count) {
		return inHub(() -> skills.all().stream().limit(count).map(SkillList.Skill::id).toList());
	}

	/**
	 * Digital talent who agreed to share, with the first skills of the list; their codes.
	 */
	public List<String> digitalTalent(int count, int skills) {
		List<Long> ids = skillIds(skills);
		List<String> codes = new java.util.ArrayList<>();
		for (int i = 0; i < count; i++) {
			long id = talent(TalentKind.DIGITAL, true, ids);
			codes.add(inHub(() -> profiles.get(id).code()));
		}
		return codes;
	}

	/** The first skill of the list, the one {@link #digitalTalent} gives everyone. */
	public long firstSkill() {
		return skillIds(1).getFirst();
	}

	public void programme(long eventId, String programme) {
		runInHub(() -> plans.configure(eventId, TalentProgramme.valueOf(programme), 30));
	}

}
