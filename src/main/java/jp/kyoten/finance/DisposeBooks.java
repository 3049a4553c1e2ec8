package jp.kyoten.finance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditAction;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * {@link BooksRetention} over the database: the application may delete neither entries
 * nor evidence, so a disposal runs through {@code finance_dispose_year}, which deletes
 * only the hub in scope's rows and only once the period has passed by the database's own
 * date (the check here gives the bookkeeper the Japanese message first).
 */
@Service
@Transactional
class DisposeBooks implements BooksRetention {

	private final JdbcClient jdbc;

	private final FinanceSettings settings;

	private final AuditTrail audit;

	private final Clock clock;

	DisposeBooks(JdbcClient jdbc, FinanceSettings settings, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The last fiscal year whose period has passed: its 31 March of the retention's last
	 * year lies before today.
	 */
	int lastDueYear() {
		return Hubs.fiscalYearOf(LocalDate.now(clock)) - settings.retentionYears() - 1;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DueYear> dueForDisposal() {
		return jdbc.sql("""
				SELECT e.fiscal_year, count(DISTINCT e.id), count(v.id), coalesce(sum(v.size_bytes), 0)
				  FROM finance_entry e LEFT JOIN finance_evidence v ON v.entry_id = e.id
				 WHERE e.fiscal_year <= ? GROUP BY e.fiscal_year ORDER BY e.fiscal_year""")
			.param(lastDueYear())
			.query((rs, n) -> new DueYear(rs.getInt(1), Ledger.retainedUntil(rs.getInt(1), settings.retentionYears()),
					rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.list();
	}

	@Override
	public Disposal dispose(int fiscalYear) {
		LocalDate until = Ledger.retainedUntil(fiscalYear, settings.retentionYears());
		if (fiscalYear > lastDueYear()) {
			throw new BusinessRuleException("finance.retention.notDue", fiscalYear, until.toString());
		}
		Disposal done = jdbc.sql("SELECT * FROM finance_dispose_year(?, ?)")
			.params(fiscalYear, settings.retentionYears())
			.query((rs, n) -> new Disposal(fiscalYear, until, rs.getInt("entries"), rs.getInt("evidence_files"),
					rs.getLong("evidence_bytes"), rs.getInt("work_days"), rs.getLong("total_amount"), clock.instant()))
			.single();
		if (done.entries() == 0 && done.workDays() == 0) {
			throw new BusinessRuleException("finance.retention.nothing", fiscalYear);
		}
		jdbc.sql(
				"""
						INSERT INTO finance_disposal (hub_id, fiscal_year, retained_until, entries, evidence_files, evidence_bytes,
						                              work_days, total_amount, disposed_at, disposed_by)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(HubScope.require(), fiscalYear, until, done.entries(), done.evidenceFiles(), done.evidenceBytes(),
					done.workDays(), done.totalAmount(), Timestamp.from(done.disposedAt()), Bookkeeping.user())
			.update();
		audit.record(AuditAction.DELETE, "finance_books", fiscalYear, "保存期間満了による廃棄 " + fiscalYear + "年度: 仕訳 "
				+ done.entries() + "件, 証拠書類 " + done.evidenceFiles() + "件, 勤務記録 " + done.workDays() + "件");
		return done;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Disposal> disposals() {
		return jdbc.sql("""
				SELECT fiscal_year, retained_until, entries, evidence_files, evidence_bytes, work_days, total_amount,
				       disposed_at
				  FROM finance_disposal ORDER BY disposed_at DESC, id DESC""")
			.query((rs, n) -> new Disposal(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getInt(4),
					rs.getLong(5), rs.getInt(6), rs.getLong(7), rs.getTimestamp(8).toInstant()))
			.list();
	}

}
