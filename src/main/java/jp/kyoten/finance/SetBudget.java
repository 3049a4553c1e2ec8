package jp.kyoten.finance;

import java.util.Map;

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
 * Sets a fiscal year's budget by 経費項目 (the contract's 経費内訳); a category left out keeps
 * its amount.
 */
@Service
@Transactional
class SetBudget {

	private final JdbcClient jdbc;

	private final Hubs hubs;

	private final AuditTrail audit;

	SetBudget(JdbcClient jdbc, Hubs hubs, AuditTrail audit) {
		this.jdbc = jdbc;
		this.hubs = hubs;
		this.audit = audit;
	}

	/**
	 * @throws BusinessRuleException {@code finance.entry.categoryNotOfHub} or
	 * {@code finance.budget.negative}
	 */
	void set(int fiscalYear, Map<ExpenseCategory, Long> amounts) {
		var allowed = ExpenseCategory.of(hubs.kindOf(HubScope.require()));
		amounts.forEach((category, amount) -> {
			if (!allowed.contains(category)) {
				throw new BusinessRuleException("finance.entry.categoryNotOfHub");
			}
			if (amount < 0) {
				throw new BusinessRuleException("finance.budget.negative");
			}
		});
		Long user = CurrentUser.get().map(KyotenUser::userId).orElse(null);
		amounts.forEach((category, amount) -> jdbc.sql("""
				INSERT INTO finance_budget (hub_id, fiscal_year, category, amount, updated_by) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (hub_id, fiscal_year, category)
				DO UPDATE SET amount = EXCLUDED.amount, updated_at = now(), updated_by = EXCLUDED.updated_by""")
			.params(HubScope.require(), fiscalYear, category.name(), amount, user)
			.update());
		audit.updated("finance_budget", fiscalYear, amounts.toString());
	}

}
