package jp.kyoten.finance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditAction;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.identity.CurrentUser;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * 月次締め: closes a month that has ended. It is never reopened; its mistakes are reversed in
 * an open month.
 */
@Service
@Transactional
class CloseMonth {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	CloseMonth(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws BusinessRuleException {@code finance.close.notEnded} or
	 * {@code finance.close.already}
	 */
	void close(YearMonth month) {
		if (!month.isBefore(YearMonth.now(clock))) {
			throw new BusinessRuleException("finance.close.notEnded", month.getYear(), month.getMonthValue());
		}
		lock(jdbc, month);
		LocalDate first = month.atDay(1);
		int inserted = jdbc.sql("""
				INSERT INTO finance_closed_month (hub_id, month, closed_by) VALUES (?, ?, ?)
				ON CONFLICT (hub_id, month) DO NOTHING""")
			.params(HubScope.require(), first, CurrentUser.get().map(KyotenUser::userId).orElse(null))
			.update();
		if (inserted == 0) {
			throw new BusinessRuleException("finance.close.already", month.getYear(), month.getMonthValue());
		}
		audit.record(AuditAction.UPDATE, "finance_closed_month", month.toString(), "月次締め " + month);
	}

	/**
	 * Booking into a month and closing it take the same transaction-scoped lock, so that
	 * an entry cannot slip in while its month is being closed.
	 */
	static void lock(JdbcClient jdbc, YearMonth month) {
		jdbc.sql("SELECT pg_advisory_xact_lock(?, ?)")
			.params((int) HubScope.require(), month.getYear() * 100 + month.getMonthValue())
			.query()
			.listOfRows();
	}

}
