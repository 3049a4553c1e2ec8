package jp.kyoten.talent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.identity.CurrentUser;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.platform.BusinessRuleException;

/**
 * Suggested pairs from the skills a company seeks and the skills a talent has, offered to
 * staff to accept or reject: the system never pairs anyone by itself. A pair scores 10
 * per shared skill plus the talent's latest assessment score in the areas of the shared
 * skills; pairs already planned or rejected are not offered again. At most
 * {@link #PER_COMPANY} suggestions per company, best first.
 */
@Service
@Transactional
public class PairSuggestions {

	/**
	 * Suggestions shown per company (seed 001 §2(2)②(b): about three interview sets per
	 * company).
	 */
	static final int PER_COMPANY = 3;

	public record Suggestion(long matchingCompanyId, String companyName, String role, long talentId, String talentCode,
			String talentName, int score, List<String> sharedSkills) {
	}

	private final MatchingBoards boards;

	private final Assessments assessments;

	private final SkillList skills;

	private final InterviewSets sets;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	PairSuggestions(MatchingBoards boards, Assessments assessments, SkillList skills, InterviewSets sets,
			JdbcClient jdbc, AuditTrail audit) {
		this.boards = boards;
		this.assessments = assessments;
		this.skills = skills;
		this.sets = sets;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<Suggestion> suggest(long eventId) {
		return suggest(boards.board(eventId));
	}

	/** The suggestions for a board already read. */
	@Transactional(readOnly = true)
	public List<Suggestion> suggest(MatchingBoard board) {
		Set<String> taken = new HashSet<>();
		board.sets().forEach(s -> taken.add(s.matchingCompanyId() + ":" + s.talentId()));
		jdbc.sql("""
				SELECT r.matching_company_id, r.talent_id FROM matching_rejected_pair r
				  JOIN matching_company c ON c.id = r.matching_company_id WHERE c.event_id = ?""")
			.param(board.event().id())
			.query((rs, n) -> taken.add(rs.getLong(1) + ":" + rs.getLong(2)))
			.list();
		Map<Long, SkillList.Skill> skillById = new java.util.HashMap<>();
		skills.all().forEach(s -> skillById.put(s.id(), s));
		Map<Long, Map<SkillArea, Integer>> latest = assessments
			.latest(board.talent().stream().map(MatchingBoard.Candidate::talentId).toList());
		List<Suggestion> all = new ArrayList<>();
		for (MatchingBoard.CompanyNeed c : board.companies()) {
			if (board.setsOfCompany(c.id()).size() >= PER_COMPANY) {
				continue;
			}
			Set<Long> sought = new HashSet<>(c.skillIds());
			List<Suggestion> forCompany = new ArrayList<>();
			for (MatchingBoard.Candidate t : board.talent()) {
				if (taken.contains(c.id() + ":" + t.talentId())) {
					continue;
				}
				List<Long> shared = t.skillIds().stream().filter(sought::contains).toList();
				if (shared.isEmpty()) {
					continue;
				}
				Map<SkillArea, Integer> scores = latest.getOrDefault(t.talentId(), Map.of());
				int score = shared.size() * 10 + shared.stream()
					.map(skillById::get)
					.filter(java.util.Objects::nonNull)
					.map(s -> SkillArea.valueOf(s.area()))
					.distinct()
					.mapToInt(a -> scores.getOrDefault(a, 0))
					.sum();
				forCompany
					.add(new Suggestion(c.id(), c.companyName(), c.role(), t.talentId(), t.code(), t.name(), score,
							shared.stream()
								.map(skillById::get)
								.filter(java.util.Objects::nonNull)
								.map(SkillList.Skill::name)
								.toList()));
			}
			forCompany
				.sort(Comparator.comparingInt(Suggestion::score).reversed().thenComparing(Suggestion::talentCode));
			all.addAll(forCompany.subList(0,
					Math.min(PER_COMPANY - board.setsOfCompany(c.id()).size(), forCompany.size())));
		}
		return all;
	}

	/**
	 * Staff accept a suggested pair: it becomes an interview set in the first slot where
	 * both are free.
	 * @throws BusinessRuleException {@code suggestion.noCommonSlot} when no slot is free
	 * for both
	 */
	public long accept(long eventId, long matchingCompanyId, long talentId) {
		MatchingBoard board = boards.board(eventId);
		Set<Integer> busy = new HashSet<>();
		board.setsOfCompany(matchingCompanyId).forEach(s -> busy.add(s.slot()));
		board.setsOfTalent(talentId).forEach(s -> busy.add(s.slot()));
		for (MatchingBoard.Slot slot : board.slots()) {
			if (!busy.contains(slot.number())) {
				return sets.plan(eventId, matchingCompanyId, talentId, slot.number(), true);
			}
		}
		throw new BusinessRuleException("suggestion.noCommonSlot");
	}

	/** Staff turn a suggested pair down: it is not suggested again for the event. */
	public void reject(long eventId, long matchingCompanyId, long talentId) {
		boards.board(eventId).company(matchingCompanyId);
		int added = jdbc.sql("""
				INSERT INTO matching_rejected_pair (hub_id, matching_company_id, talent_id, rejected_by)
				SELECT c.hub_id, c.id, ?, ? FROM matching_company c WHERE c.id = ? AND c.event_id = ?
				ON CONFLICT DO NOTHING""")
			.params(talentId, CurrentUser.get().map(KyotenUser::userId).orElse(null), matchingCompanyId, eventId)
			.update();
		if (added > 0) {
			audit.updated("matching_company", matchingCompanyId, "提案を見送り: 人材 " + talentId);
		}
	}

}
