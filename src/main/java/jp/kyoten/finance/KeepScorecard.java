package jp.kyoten.finance;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditAction;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * Keeps a hub's scorecard: adds a KPI (or a seed 003 template's KPIs), enters a manual
 * KPI's actual of a year, removes a KPI. A computed KPI's actual is never entered: it is
 * what Kyoten's data says.
 */
@Service
@Transactional
class KeepScorecard {

	/** A KPI to add; {@code unit} is the measure's own for a computed one. */
	record NewKpi(int firstYear, Perspective perspective, String name, KpiMeasure measure, KpiUnit unit,
			List<BigDecimal> targets) {
	}

	private final JdbcClient jdbc;

	private final Scorecards scorecards;

	private final AuditTrail audit;

	KeepScorecard(JdbcClient jdbc, Scorecards scorecards, AuditTrail audit) {
		this.jdbc = jdbc;
		this.scorecards = scorecards;
		this.audit = audit;
	}

	/**
	 * @throws BusinessRuleException {@code finance.kpi.unitMissing} (a manual KPI needs
	 * its unit) or {@code finance.kpi.targetInvalid}
	 */
	long add(NewKpi k) {
		KpiUnit unit = k.measure().computed() ? k.measure().unit() : k.unit();
		if (unit == null) {
			throw new BusinessRuleException("finance.kpi.unitMissing");
		}
		if (k.targets().size() != 3 || k.targets().stream().anyMatch(t -> t != null && t.signum() < 0)) {
			throw new BusinessRuleException("finance.kpi.targetInvalid");
		}
		long id = jdbc
			.sql("""
					INSERT INTO finance_scorecard_kpi (hub_id, first_year, perspective, name, measure, unit, target1, target2,
					                                   target3, position, created_by)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,
					        (SELECT coalesce(max(position), 0) + 1 FROM finance_scorecard_kpi
					          WHERE first_year = ? AND perspective = ?), ?) RETURNING id""")
			.params(HubScope.require(), k.firstYear(), k.perspective().name(), k.name().strip(), k.measure().name(),
					unit.name(), k.targets().get(0), k.targets().get(1), k.targets().get(2), k.firstYear(),
					k.perspective().name(), Bookkeeping.user())
			.query(Long.class)
			.single();
		audit.created("finance_scorecard_kpi", id, k.firstYear() + " " + k.perspective() + " " + k.measure());
		return id;
	}

	/**
	 * The template's KPIs added to the roadmap from {@code firstYear}; answers how many.
	 */
	int apply(int firstYear, ScorecardTemplate template) {
		template.kpiRows()
			.forEach(r -> add(new NewKpi(firstYear, r.perspective(), r.name(), r.measure(), r.unit(), r.targets())));
		return template.kpiRows().size();
	}

	/**
	 * @throws BusinessRuleException {@code finance.kpi.computed} for a computed KPI,
	 * {@code finance.kpi.year} for a year outside the roadmap, {@code finance.kpi.value}
	 * for a negative value
	 */
	void enter(long kpiId, int fiscalYear, BigDecimal value) {
		Scorecards.Stored kpi = scorecards.get(kpiId);
		if (kpi.measure().computed()) {
			throw new BusinessRuleException("finance.kpi.computed");
		}
		if (fiscalYear < kpi.firstYear() || fiscalYear > kpi.firstYear() + 2) {
			throw new BusinessRuleException("finance.kpi.year", kpi.firstYear(), kpi.firstYear() + 2);
		}
		if (value == null) {
			jdbc.sql("DELETE FROM finance_scorecard_actual WHERE kpi_id = ? AND fiscal_year = ?")
				.params(kpiId, fiscalYear)
				.update();
		}
		else if (value.signum() < 0) {
			throw new BusinessRuleException("finance.kpi.value");
		}
		else {
			jdbc.sql("""
					INSERT INTO finance_scorecard_actual (hub_id, kpi_id, fiscal_year, value, updated_by)
					VALUES (?, ?, ?, ?, ?)
					ON CONFLICT (kpi_id, fiscal_year)
					DO UPDATE SET value = EXCLUDED.value, updated_at = now(), updated_by = EXCLUDED.updated_by""")
				.params(HubScope.require(), kpiId, fiscalYear, value, Bookkeeping.user())
				.update();
		}
		audit.record(AuditAction.UPDATE, "finance_scorecard_kpi", kpiId, fiscalYear + " " + value);
	}

	void remove(long kpiId) {
		scorecards.get(kpiId);
		jdbc.sql("DELETE FROM finance_scorecard_kpi WHERE id = ?").param(kpiId).update();
		audit.record(AuditAction.DELETE, "finance_scorecard_kpi", kpiId, "KPI");
	}

}
