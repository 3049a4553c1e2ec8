package jp.kyoten.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.agency.Agencies;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * Records the hub's income side: fee agreements with agencies, invoices issued to them,
 * payments received.
 */
@Service
@Transactional
class RecordIncome {

	private final JdbcClient jdbc;

	private final Agencies agencies;

	private final HubIncome income;

	private final AuditTrail audit;

	RecordIncome(JdbcClient jdbc, Agencies agencies, HubIncome income, AuditTrail audit) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.income = income;
		this.audit = audit;
	}

	/**
	 * An agreement of rate (percent of the placement fee) or fixed amount (yen), exactly
	 * one of them.
	 * @throws BusinessRuleException {@code finance.agreement.rule} or
	 * {@code finance.agreement.overlap}
	 * @throws RecordNotFoundException when the agency is not the hub's
	 */
	long agree(long agencyId, BigDecimal feeRate, Long fixedFee, LocalDate validFrom, LocalDate validTo, String note) {
		agencies.get(agencyId);
		if ((feeRate == null) == (fixedFee == null)) {
			throw new BusinessRuleException("finance.agreement.rule");
		}
		if (validTo != null && validTo.isBefore(validFrom)) {
			throw new BusinessRuleException("finance.agreement.period");
		}
		// one agreement at a time per agency, so that every placement has one rule
		if (income.agreements().stream().anyMatch(a -> a.agencyId() == agencyId && a.overlaps(validFrom, validTo))) {
			throw new BusinessRuleException("finance.agreement.overlap");
		}
		long id = jdbc.sql("""
				INSERT INTO finance_agency_agreement (hub_id, agency_id, fee_rate, fixed_fee, valid_from, valid_to,
				                                      note, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(HubScope.require(), agencyId, feeRate, fixedFee, validFrom, validTo, Bookkeeping.blankToNull(note),
					Bookkeeping.user())
			.query(Long.class)
			.single();
		audit.created("finance_agency_agreement", id, "登録事業者 " + agencyId);
		return id;
	}

	/**
	 * @throws BusinessRuleException {@code finance.invoice.duplicate}
	 */
	long invoice(long agencyId, String number, LocalDate issuedOn, long amount, String note) {
		agencies.get(agencyId);
		boolean exists = jdbc.sql("SELECT EXISTS (SELECT 1 FROM finance_invoice WHERE number = ?)")
			.param(number.strip())
			.query(Boolean.class)
			.single();
		if (exists) {
			throw new BusinessRuleException("finance.invoice.duplicate", number.strip());
		}
		long id = jdbc.sql("""
				INSERT INTO finance_invoice (hub_id, agency_id, number, issued_on, amount, note, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(HubScope.require(), agencyId, number.strip(), issuedOn, amount, Bookkeeping.blankToNull(note),
					Bookkeeping.user())
			.query(Long.class)
			.single();
		audit.created("finance_invoice", id, number.strip() + " " + amount + "円");
		return id;
	}

	/**
	 * @throws BusinessRuleException {@code finance.payment.over} when more than the
	 * outstanding amount is paid
	 */
	long pay(long invoiceId, LocalDate paidOn, long amount) {
		Long outstanding = jdbc.sql("""
				SELECT i.amount - coalesce((SELECT sum(p.amount) FROM finance_payment p WHERE p.invoice_id = i.id), 0)
				  FROM finance_invoice i WHERE i.id = ? FOR UPDATE""")
			.param(invoiceId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("finance_invoice", invoiceId));
		if (amount > outstanding) {
			throw new BusinessRuleException("finance.payment.over", outstanding);
		}
		long id = jdbc.sql("""
				INSERT INTO finance_payment (hub_id, invoice_id, paid_on, amount, created_by)
				VALUES (?, ?, ?, ?, ?) RETURNING id""")
			.params(HubScope.require(), invoiceId, paidOn, amount, Bookkeeping.user())
			.query(Long.class)
			.single();
		audit.created("finance_payment", id, "invoice " + invoiceId + " " + amount + "円");
		return id;
	}

}
