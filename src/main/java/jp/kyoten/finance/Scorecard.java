package jp.kyoten.finance;

import java.util.List;

/**
 * A hub's balanced scorecard for the roadmap from {@code firstYear}: the three years and
 * the KPIs by perspective.
 */
public record Scorecard(int firstYear, List<Integer> years, List<Group> groups) {

	public record Group(Perspective perspective, List<ScorecardKpi> kpis) {
	}

	public boolean empty() {
		return groups.stream().allMatch(g -> g.kpis().isEmpty());
	}

}
