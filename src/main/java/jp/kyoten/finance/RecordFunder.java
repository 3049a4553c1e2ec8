package jp.kyoten.finance;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditAction;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * Keeps the funder pipeline: puts a prospective funder on the visit list, moves it from
 * stage to stage (each move kept with its day), and records the money it gave — which
 * makes it a contributor.
 */
@Service
@Transactional
class RecordFunder {

	/** A funder to put on the list. */
	record NewFunder(FunderKind kind, String name, String contact, int fiscalYear, long expected, String nextAction,
			String note) {
	}

	private final JdbcClient jdbc;

	private final Funders funders;

	private final AuditTrail audit;

	private final Clock clock;

	RecordFunder(JdbcClient jdbc, Funders funders, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.funders = funders;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws BusinessRuleException {@code finance.funder.expectedInvalid} for a negative
	 * amount
	 */
	long add(NewFunder f) {
		if (f.expected() < 0) {
			throw new BusinessRuleException("finance.funder.expectedInvalid");
		}
		LocalDate today = LocalDate.now(clock);
		long id = jdbc.sql("""
				INSERT INTO finance_funder (hub_id, kind, name, contact, fiscal_year, stage, stage_changed_on,
				                            expected_amount, next_action, note, created_by)
				VALUES (?, ?, ?, ?, ?, 'LISTED', ?, ?, ?, ?, ?) RETURNING id""")
			.params(HubScope.require(), f.kind().name(), f.name().strip(), Bookkeeping.blankToNull(f.contact()),
					f.fiscalYear(), Date.valueOf(today), f.expected(), Bookkeeping.blankToNull(f.nextAction()),
					Bookkeeping.blankToNull(f.note()), Bookkeeping.user())
			.query(Long.class)
			.single();
		step(id, null, FunderStage.LISTED, today);
		audit.created("finance_funder", id, f.kind() + " " + f.expected() + "円");
		return id;
	}

	/**
	 * Moves the funder to {@code stage} on {@code day}; the next action may be rewritten
	 * at the same time.
	 * @throws BusinessRuleException {@code finance.funder.sameStage},
	 * {@code finance.funder.future} or {@code finance.funder.contributedNeedsMoney} (a
	 * contribution is recorded with its money)
	 * @throws RecordNotFoundException for another hub's funder
	 */
	void move(long id, FunderStage stage, LocalDate day, String nextAction) {
		FunderView funder = lock(id);
		if (funder.stage() == stage) {
			throw new BusinessRuleException("finance.funder.sameStage");
		}
		if (day.isAfter(LocalDate.now(clock))) {
			throw new BusinessRuleException("finance.funder.future");
		}
		if (stage == FunderStage.CONTRIBUTED && funder.received() == 0) {
			throw new BusinessRuleException("finance.funder.contributedNeedsMoney");
		}
		jdbc.sql("""
				UPDATE finance_funder SET stage = ?, stage_changed_on = ?, next_action = coalesce(?, next_action)
				 WHERE id = ?""")
			.params(stage.name(), Date.valueOf(day), Bookkeeping.blankToNull(nextAction), id)
			.update();
		step(id, funder.stage(), stage, day);
		audit.record(AuditAction.UPDATE, "finance_funder", id, funder.stage() + " → " + stage);
	}

	/**
	 * Records money received; the funder becomes a contributor (寄付・出資) if it was not one
	 * yet.
	 * @throws BusinessRuleException {@code finance.funder.future} or
	 * {@code finance.funder.amount}
	 */
	long receive(long id, LocalDate day, long amount, String note) {
		FunderView funder = lock(id);
		if (day.isAfter(LocalDate.now(clock))) {
			throw new BusinessRuleException("finance.funder.future");
		}
		if (amount <= 0) {
			throw new BusinessRuleException("finance.funder.amount");
		}
		long receipt = jdbc.sql("""
				INSERT INTO finance_funder_receipt (hub_id, funder_id, received_on, amount, note, created_by)
				VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(HubScope.require(), id, Date.valueOf(day), amount, Bookkeeping.blankToNull(note),
					Bookkeeping.user())
			.query(Long.class)
			.single();
		if (funder.stage() != FunderStage.CONTRIBUTED) {
			jdbc.sql("UPDATE finance_funder SET stage = 'CONTRIBUTED', stage_changed_on = ? WHERE id = ?")
				.params(Date.valueOf(day), id)
				.update();
			step(id, funder.stage(), FunderStage.CONTRIBUTED, day);
		}
		audit.created("finance_funder_receipt", receipt, "外部資金 " + id + " " + amount + "円");
		return receipt;
	}

	private FunderView lock(long id) {
		jdbc.sql("SELECT id FROM finance_funder WHERE id = ? FOR UPDATE")
			.param(id)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("finance_funder", id));
		return funders.get(id);
	}

	private void step(long funder, FunderStage from, FunderStage to, LocalDate day) {
		jdbc.sql("""
				INSERT INTO finance_funder_step (hub_id, funder_id, from_stage, to_stage, changed_on, changed_by)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(HubScope.require(), funder, from == null ? null : from.name(), to.name(), Date.valueOf(day),
					Bookkeeping.user())
			.update();
	}

}
