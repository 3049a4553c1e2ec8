package jp.kyoten.finance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.CurrentUser;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * Books an expense, or reverses one. Nothing is ever edited: a month once closed takes no
 * entry, and a wrong entry is undone by a reversing entry (the same amounts negated,
 * dated in an open month) and booked again. Answers the ratio checks that the new entry
 * leaves over their limit, so that the bookkeeper is warned at once; the entry is kept
 * all the same, since the limits are judged on the year's accounts at the final
 * inspection.
 */
@Service
@Transactional
class RecordExpense {

	record Booked(long id, List<RatioCheck> overLimit) {
	}

	/** An evidence file sent with the expense. */
	record Upload(EvidenceKind kind, String filename, byte[] data) {
	}

	private final JdbcClient jdbc;

	private final Ledger ledger;

	private final BudgetAgainstActual budget;

	private final Hubs hubs;

	private final KeepEvidence evidence;

	private final AuditTrail audit;

	private final EntryLinks links;

	private final Clock clock;

	RecordExpense(JdbcClient jdbc, Ledger ledger, BudgetAgainstActual budget, Hubs hubs, KeepEvidence evidence,
			AuditTrail audit, EntryLinks links, Clock clock) {
		this.jdbc = jdbc;
		this.links = links;
		this.clock = clock;
		this.evidence = evidence;
		this.ledger = ledger;
		this.budget = budget;
		this.hubs = hubs;
		this.audit = audit;
	}

	/**
	 * @throws BusinessRuleException {@code finance.month.closed},
	 * {@code finance.entry.future}, {@code finance.entry.taxOverAmount} or
	 * {@code finance.entry.categoryNotOfHub}
	 */
	Booked record(NewExpense e) {
		return record(e, null);
	}

	/**
	 * The expense and, when given, its evidence in one transaction: a file of the wrong
	 * type or size leaves nothing booked.
	 */
	Booked record(NewExpense e, Upload upload) {
		return record(e, upload, null);
	}

	/**
	 * The staff member and month of work an entry's amount was computed from (人件費 from
	 * the work days).
	 */
	record WorkOf(long staffId, YearMonth month) {
	}

	/**
	 * As {@link #record(NewExpense, Upload)}; {@code work}, when given, names what the
	 * amount was computed from, so that the month is not booked twice.
	 * @throws BusinessRuleException also {@code finance.link.notFound} when the linked
	 * event or activity is not the hub's
	 */
	Booked record(NewExpense e, Upload upload, WorkOf work) {
		if (!ExpenseCategory.of(hubs.kindOf(HubScope.require())).contains(e.category())) {
			throw new BusinessRuleException("finance.entry.categoryNotOfHub");
		}
		if (e.tax() > e.amount()) {
			throw new BusinessRuleException("finance.entry.taxOverAmount");
		}
		EntryLink link = e.linkKind() == null ? null : links.resolve(e.linkKind(), e.linkId());
		int fiscalYear = Hubs.fiscalYearOf(e.entryDate());
		List<RatioCheck> before = budget.of(fiscalYear).ratios();
		long id = insert(e.entryDate(), e.category(), e.payee().strip(), e.purpose().strip(), e.amount(), e.tax(), null,
				link, work);
		audit.created("finance_entry", id, e.entryDate() + " " + e.category() + " " + e.amount() + "円");
		if (upload != null) {
			evidence.upload(id, upload.kind(), upload.filename(), upload.data());
		}
		List<RatioCheck> after = budget.of(fiscalYear).ratios();
		List<RatioCheck> newlyOver = after.stream()
			.filter(r -> r.level() == RatioCheck.Level.OVER)
			.filter(r -> concerns(r.rule(), e.category())
					|| before.stream().noneMatch(b -> b.rule() == r.rule() && b.level() == RatioCheck.Level.OVER))
			.toList();
		return new Booked(id, newlyOver);
	}

	static final int MAX_REASON = 200;

	/**
	 * A reversing entry for an entry, dated {@code date} (which must lie in an open month
	 * of the same fiscal year).
	 * @throws BusinessRuleException {@code finance.entry.alreadyReversed},
	 * {@code finance.entry.reversal.refused} (a reversal is not reversed),
	 * {@code finance.month.closed} or {@code finance.entry.otherYear}
	 */
	long reverse(long entryId, LocalDate date, String reason) {
		EntryView original = ledger.get(entryId);
		if (original.reverses() != null) {
			throw new BusinessRuleException("finance.entry.reversal.refused");
		}
		if (original.reversedBy() != null) {
			throw new BusinessRuleException("finance.entry.alreadyReversed");
		}
		if (reason != null && reason.strip().length() > MAX_REASON) {
			// the reason is part of the reversing entry's purpose; cut short, it would
			// say something else
			throw new BusinessRuleException("finance.entry.reason.tooLong", MAX_REASON);
		}
		if (Hubs.fiscalYearOf(date) != original.fiscalYear()) {
			throw new BusinessRuleException("finance.entry.otherYear", original.fiscalYear());
		}
		String purpose = ("取消: " + original.purpose()
				+ (reason == null || reason.isBlank() ? "" : "（" + reason.strip() + "）"));
		long id = insert(date, original.category(), original.payee(),
				purpose.length() > 500 ? purpose.substring(0, 500) : purpose, -original.amount(), -original.tax(),
				entryId, null, null);
		audit.created("finance_entry", id, "取消仕訳（元の仕訳 " + entryId + "）");
		return id;
	}

	private long insert(LocalDate date, ExpenseCategory category, String payee, String purpose, long amount, long tax,
			Long reverses, EntryLink link, WorkOf work) {
		if (date.isAfter(LocalDate.now(clock))) {
			throw new BusinessRuleException("finance.entry.future");
		}
		CloseMonth.lock(jdbc, YearMonth.from(date));
		if (ledger.closed(date)) {
			throw new BusinessRuleException("finance.month.closed", date.getYear(), date.getMonthValue());
		}
		return jdbc
			.sql("""
					INSERT INTO finance_entry (hub_id, fiscal_year, entry_date, category, payee, purpose, amount, tax,
					                           reverses_id, created_by, link_kind, link_id, link_label, staff_id, work_month)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(HubScope.require(), Hubs.fiscalYearOf(date), date, category.name(), payee, purpose, amount, tax,
					reverses, CurrentUser.get().map(KyotenUser::userId).orElse(null),
					link == null ? null : link.kind().name(), link == null ? null : link.id(),
					link == null ? null : link.label(), work == null ? null : work.staffId(),
					work == null ? null : work.month().atDay(1))
			.query(Long.class)
			.single();
	}

	private static boolean concerns(RatioCheck.Rule rule, ExpenseCategory category) {
		return switch (rule) {
			case OVERHEAD -> category.group() == CostGroup.OVERHEAD;
			case SUBCONTRACT -> category.group() == CostGroup.SUBCONTRACT;
		};
	}

}
