package jp.kyoten.hub;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;

/** The hub module's API: which hubs exist, and their yearly KPI targets. */
@Service
@Transactional(readOnly = true)
public class Hubs {

	private final HubRepository hubs;

	private final JdbcClient jdbc;

	private final Map<Long, String> names = new java.util.concurrent.ConcurrentHashMap<>();

	private final Map<Long, HubKind> kinds = new java.util.concurrent.ConcurrentHashMap<>();

	Hubs(HubRepository hubs, JdbcClient jdbc) {
		this.hubs = hubs;
		this.jdbc = jdbc;
	}

	public List<Hub> all() {
		return hubs.findAllByOrderByPrefectureCodeAscNameAsc();
	}

	public Hub get(long id) {
		return hubs.findById(id).orElseThrow(() -> new RecordNotFoundException("hub", id));
	}

	/**
	 * Hub names change rarely and appear on every page, so they are kept in memory; a
	 * name already known costs no transaction (and no connection) either.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public String nameOf(long id) {
		return names.computeIfAbsent(id, key -> hubs.findById(key).map(Hub::getName).orElse(""));
	}

	/**
	 * A hub's kind never changes once created (its data follows its programme's rules),
	 * so it is kept in memory.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public HubKind kindOf(long id) {
		return kinds.computeIfAbsent(id, key -> get(key).getKind());
	}

	public Optional<Hub> bySlug(String slug) {
		return hubs.findBySlug(slug);
	}

	public boolean any() {
		return hubs.count() > 0;
	}

	/**
	 * A hub without the two-factor requirement: the demo hubs (whose README logins must
	 * work) and tests.
	 */
	@Transactional
	public Hub create(String slug, String name, HubKind kind, String prefectureCode) {
		return create(slug, name, kind, prefectureCode, false);
	}

	/**
	 * A hub; a production hub is created with {@code twoFactorRequired} (the system
	 * admin's form offers it on).
	 */
	@Transactional
	public Hub create(String slug, String name, HubKind kind, String prefectureCode, boolean twoFactorRequired) {
		if (hubs.existsBySlug(slug)) {
			throw new BusinessRuleException("hub.slug.taken", slug);
		}
		Hub hub = new Hub(slug, name, kind, prefectureCode);
		hub.requireTwoFactor(twoFactorRequired);
		return hubs.save(hub);
	}

	/**
	 * Whether the hub's people who handle personal data must sign in with a second
	 * factor. Read at each sign-in (not kept in memory: a manager's change must hold on
	 * every node at once).
	 */
	public boolean twoFactorRequired(long hubId) {
		return jdbc.sql("SELECT two_factor_required FROM hub WHERE id = ?")
			.param(hubId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** The manager's setting; the caller ends the sessions it makes insufficient. */
	@Transactional
	public void requireTwoFactor(long hubId, boolean required) {
		get(hubId).requireTwoFactor(required);
	}

	/**
	 * The five Pro-hub KPIs' targets of the year (the codes are those of
	 * {@link Indicator} too).
	 */
	public Map<Kpi, Integer> targets(long hubId, int fiscalYear) {
		Map<Kpi, Integer> targets = new EnumMap<>(Kpi.class);
		indicatorTargets(hubId, fiscalYear).forEach((indicator, target) -> {
			if (indicator.kind() == HubKind.PRO_TALENT) {
				targets.put(Kpi.valueOf(indicator.name()), target);
			}
		});
		return targets;
	}

	/**
	 * The five Pro-hub KPIs' targets of the year of every hub that set any (for the
	 * tables that compare hubs): hub id → its targets. One query.
	 */
	public Map<Long, Map<Kpi, Integer>> targetsOfYear(int fiscalYear) {
		Map<Long, Map<Kpi, Integer>> all = new java.util.HashMap<>();
		jdbc.sql("SELECT hub_id, kpi, target FROM hub_kpi_target WHERE fiscal_year = ?")
			.param(fiscalYear)
			.query((rs, n) -> {
				Indicator indicator = indicator(rs.getString(2));
				if (indicator != null && indicator.kind() == HubKind.PRO_TALENT) {
					all.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Kpi.class))
						.put(Kpi.valueOf(indicator.name()), rs.getInt(3));
				}
				return null;
			})
			.list();
		return all;
	}

	/** Every indicator's target of the year that the manager set. */
	public Map<Indicator, Integer> indicatorTargets(long hubId, int fiscalYear) {
		Map<Indicator, Integer> targets = new EnumMap<>(Indicator.class);
		jdbc.sql("SELECT kpi, target FROM hub_kpi_target WHERE hub_id = ? AND fiscal_year = ?")
			.params(hubId, fiscalYear)
			.query((rs, n) -> new Object[] { indicator(rs.getString(1)), rs.getInt(2) })
			.list()
			.stream()
			.filter(row -> row[0] != null)
			.forEach(row -> targets.put((Indicator) row[0], (Integer) row[1]));
		return targets;
	}

	@Transactional
	public void setTarget(long hubId, int fiscalYear, Indicator indicator, int target) {
		jdbc.sql("""
				INSERT INTO hub_kpi_target (hub_id, fiscal_year, kpi, target) VALUES (?, ?, ?, ?)
				ON CONFLICT (hub_id, fiscal_year, kpi) DO UPDATE SET target = EXCLUDED.target""")
			.params(hubId, fiscalYear, indicator.name(), target)
			.update();
	}

	private static Indicator indicator(String code) {
		return java.util.Arrays.stream(Indicator.values()).filter(i -> i.name().equals(code)).findFirst().orElse(null);
	}

	@Transactional
	public void setTarget(long hubId, int fiscalYear, Kpi kpi, int target) {
		jdbc.sql("""
				INSERT INTO hub_kpi_target (hub_id, fiscal_year, kpi, target) VALUES (?, ?, ?, ?)
				ON CONFLICT (hub_id, fiscal_year, kpi) DO UPDATE SET target = EXCLUDED.target""")
			.params(hubId, fiscalYear, kpi.name(), target)
			.update();
	}

	/** 年度: April to March. */
	public static int fiscalYearOf(LocalDate date) {
		return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
	}

}
