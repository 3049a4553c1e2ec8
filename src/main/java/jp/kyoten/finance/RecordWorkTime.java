package jp.kyoten.finance;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditAction;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * Records who is on the hub's books and the days they worked. A day is refused in the
 * future, in a closed month, in a month whose cost is booked (reverse that entry first),
 * and beyond the post's days a week (seed 000 §5(1)②: the manager and sub-managers
 * 「週5日まで」, a week running Monday to Sunday).
 */
@Service
@Transactional
class RecordWorkTime {

	static final BigDecimal MAX_HOURS = BigDecimal.valueOf(24);

	private final JdbcClient jdbc;

	private final Personnel personnel;

	private final Ledger ledger;

	private final AuditTrail audit;

	private final Clock clock;

	RecordWorkTime(JdbcClient jdbc, Personnel personnel, Ledger ledger, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.personnel = personnel;
		this.ledger = ledger;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws BusinessRuleException {@code finance.staff.perCaseNotForPost} (謝金 per case
	 * is for the coordinators of seed 004) or {@code finance.staff.rateOverLimit}
	 */
	long addStaff(String name, StaffPost post, PayBasis basis, long rate) {
		if (basis == PayBasis.PER_CASE && !post.paidPerCase()) {
			throw new BusinessRuleException("finance.staff.perCaseNotForPost");
		}
		if (basis == PayBasis.PER_CASE && rate > post.maxCaseRate()) {
			throw new BusinessRuleException("finance.staff.rateOverLimit", post.maxCaseRate());
		}
		if (rate <= 0) {
			throw new BusinessRuleException("finance.staff.rateInvalid");
		}
		long id = jdbc.sql("""
				INSERT INTO finance_staff (hub_id, name, post, pay_basis, rate, created_by)
				VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(HubScope.require(), name.strip(), post.name(), basis.name(), rate, Bookkeeping.user())
			.query(Long.class)
			.single();
		audit.created("finance_staff", id, post + " " + basis + " " + rate + "円");
		return id;
	}

	/**
	 * Records (or corrects) the day; {@code halfDay} pays half a case.
	 * @throws BusinessRuleException {@code finance.work.future},
	 * {@code finance.work.hours}, {@code finance.month.closed},
	 * {@code finance.work.booked} or {@code finance.work.weekCap}
	 * @throws RecordNotFoundException when the staff member is not the hub's
	 */
	void recordDay(long staffId, LocalDate day, BigDecimal hours, boolean halfDay, String note) {
		StaffView staff = lockStaff(staffId);
		if (hours == null || hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0) {
			throw new BusinessRuleException("finance.work.hours");
		}
		if (day.isAfter(LocalDate.now(clock))) {
			throw new BusinessRuleException("finance.work.future");
		}
		refuseFinal(staff, day);
		if (staff.post().capped()) {
			LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			int others = personnel.daysBetween(staffId, monday, monday.plusDays(7), day);
			if (others >= staff.post().weeklyDayCap()) {
				throw new BusinessRuleException("finance.work.weekCap", staff.name(), staff.post().weeklyDayCap(),
						monday.toString(), monday.plusDays(6).toString());
			}
		}
		jdbc.sql("""
				INSERT INTO finance_work_day (hub_id, staff_id, work_date, hours, day_fraction, note, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (staff_id, work_date) DO UPDATE
				   SET hours = EXCLUDED.hours, day_fraction = EXCLUDED.day_fraction, note = EXCLUDED.note""")
			.params(HubScope.require(), staffId, Date.valueOf(day), hours,
					halfDay ? new BigDecimal("0.5") : BigDecimal.ONE, Bookkeeping.blankToNull(note), Bookkeeping.user())
			.update();
		audit.record(AuditAction.UPDATE, "finance_work_day", staffId + "/" + day,
				"勤務記録 " + day + " " + hours.stripTrailingZeros().toPlainString() + "時間" + (halfDay ? "（半日）" : ""));
	}

	/**
	 * @throws BusinessRuleException {@code finance.month.closed} or
	 * {@code finance.work.booked}
	 */
	void removeDay(long staffId, LocalDate day) {
		StaffView staff = lockStaff(staffId);
		refuseFinal(staff, day);
		int removed = jdbc.sql("DELETE FROM finance_work_day WHERE staff_id = ? AND work_date = ?")
			.params(staffId, Date.valueOf(day))
			.update();
		if (removed == 0) {
			throw new RecordNotFoundException("finance_work_day", staffId + "/" + day);
		}
		audit.record(AuditAction.DELETE, "finance_work_day", staffId + "/" + day, "勤務記録 " + day);
	}

	/**
	 * A closed month is final, and so is a month whose cost the ledger holds: its days
	 * are what was booked.
	 */
	private void refuseFinal(StaffView staff, LocalDate day) {
		YearMonth month = YearMonth.from(day);
		CloseMonth.lock(jdbc, month);
		if (ledger.closed(day)) {
			throw new BusinessRuleException("finance.month.closed", day.getYear(), day.getMonthValue());
		}
		if (personnel.booked(staff.id(), month)) {
			throw new BusinessRuleException("finance.work.booked", staff.name(), day.getYear(), day.getMonthValue());
		}
	}

	/**
	 * Days of one staff member are recorded one at a time, so that two requests cannot
	 * both pass the week's cap.
	 */
	private StaffView lockStaff(long staffId) {
		jdbc.sql("SELECT id FROM finance_staff WHERE id = ? FOR UPDATE")
			.param(staffId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("finance_staff", staffId));
		return personnel.staff(staffId);
	}

}
