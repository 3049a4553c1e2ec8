package jp.kyoten.obligations;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * Seeds a hub's year of obligations from its kind's defaults the first time anyone looks
 * at the year — in a transaction of its own, so that a read-only page (the dashboard, the
 * morning digest) may be the first.
 */
@Component
class ObligationSeeder {

	private final JdbcClient jdbc;

	private final Hubs hubs;

	ObligationSeeder(JdbcClient jdbc, Hubs hubs) {
		this.jdbc = jdbc;
		this.hubs = hubs;
	}

	/** Cheap when the year exists: one indexed look-up. */
	boolean seeded(int fiscalYear) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM obligation_year WHERE hub_id = ? AND fiscal_year = ?)")
			.params(HubScope.require(), fiscalYear)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Seeds the year's defaults once (the marker row keeps deleted defaults from coming
	 * back).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void ensureYear(int fiscalYear) {
		long hub = HubScope.require();
		int inserted = jdbc.sql("""
				INSERT INTO obligation_year (hub_id, fiscal_year, contract_start) VALUES (?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(hub, fiscalYear, Date.valueOf(LocalDate.of(fiscalYear, 4, 1)))
			.update();
		if (inserted == 0) {
			return;
		}
		LocalDate start = LocalDate.of(fiscalYear, 4, 1);
		for (ObligationDefaults.Default d : ObligationDefaults.of(hubs.kindOf(hub))) {
			LocalDate due = d.dueOn(fiscalYear, start);
			jdbc.sql("""
					INSERT INTO obligation (hub_id, fiscal_year, kind, title, seed_key, event_kind, minimum, due_on,
					                        report_kind, due_day, needs_approval, warn_days, updated_by)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'system') ON CONFLICT DO NOTHING""")
				.params(hub, fiscalYear, d.kind().name(), d.title(), d.seedKey(), d.eventKind(), d.minimum(),
						due == null ? null : Date.valueOf(due), d.reportKind(), d.dueDay(), d.needsApproval(),
						d.warnDays())
				.update();
		}
	}

}
