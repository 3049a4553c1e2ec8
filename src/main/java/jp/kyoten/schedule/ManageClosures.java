package jp.kyoten.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * The hub manager's settings of the business calendar: closures (お盆, 年末年始, other days)
 * and business hours.
 */
@Service
class ManageClosures {

	/** お盆: 13–16 August, the days most offices in Japan close. */
	static final String OBON = "お盆";

	/** 年末年始: 29 December to 3 January, the closure of public offices (行政機関の休日に関する法律). */
	static final String NEW_YEAR = "年末年始";

	private final JdbcClient jdbc;

	private final BusinessCalendar calendar;

	private final AuditTrail audit;

	ManageClosures(JdbcClient jdbc, BusinessCalendar calendar, AuditTrail audit) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.audit = audit;
	}

	/**
	 * Closes the hub in scope from {@code startsOn} to {@code endsOn}, both included.
	 * @return the closure's id
	 * @throws BusinessRuleException when the end is before the start, it lasts more than
	 * 31 days, or it overlaps another closure
	 */
	@Transactional
	public long add(LocalDate startsOn, LocalDate endsOn, String label) {
		if (endsOn.isBefore(startsOn)) {
			throw new BusinessRuleException("closure.endBeforeStart");
		}
		if (ChronoUnit.DAYS.between(startsOn, endsOn) >= 31) {
			throw new BusinessRuleException("closure.tooLong", 31);
		}
		long hubId = HubScope.require();
		if (!calendar.closuresBetween(hubId, startsOn, endsOn).isEmpty()) {
			throw new BusinessRuleException("closure.overlaps");
		}
		long id = jdbc
			.sql("INSERT INTO hub_closure (hub_id, starts_on, ends_on, label) VALUES (?, ?, ?, ?) RETURNING id")
			.params(hubId, startsOn, endsOn, label)
			.query(Long.class)
			.single();
		audit.created("hub_closure", id, label + " " + startsOn + "〜" + endsOn);
		return id;
	}

	/**
	 * Adds お盆 (8/13–8/16) of the year and 年末年始 (12/29–1/3) starting that year, skipping
	 * what overlaps.
	 */
	@Transactional
	public int addSeasonal(int year) {
		int added = 0;
		long hubId = HubScope.require();
		LocalDate obon = LocalDate.of(year, 8, 13);
		if (calendar.closuresBetween(hubId, obon, obon.plusDays(3)).isEmpty()) {
			add(obon, obon.plusDays(3), OBON);
			added++;
		}
		LocalDate newYear = LocalDate.of(year, 12, 29);
		if (calendar.closuresBetween(hubId, newYear, newYear.plusDays(5)).isEmpty()) {
			add(newYear, newYear.plusDays(5), NEW_YEAR);
			added++;
		}
		return added;
	}

	@Transactional
	public void remove(long id) {
		String label = jdbc.sql("DELETE FROM hub_closure WHERE id = ? RETURNING label")
			.param(id)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("hub_closure", id));
		audit.deleted("hub_closure", id, label);
	}

	@Transactional
	public void setHours(LocalTime opens, LocalTime closes) {
		BusinessHours hours = new BusinessHours(opens, closes);
		long hubId = HubScope.require();
		jdbc.sql("""
				INSERT INTO hub_business_hours (hub_id, opens_at, closes_at) VALUES (?, ?, ?)
				ON CONFLICT (hub_id) DO UPDATE SET opens_at = EXCLUDED.opens_at, closes_at = EXCLUDED.closes_at,
				                                   updated_at = now()""")
			.params(hubId, hours.opens(), hours.closes())
			.update();
		audit.updated("hub_business_hours", hubId, hours.opens() + "〜" + hours.closes());
	}

}
