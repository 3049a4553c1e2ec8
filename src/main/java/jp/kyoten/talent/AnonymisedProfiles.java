package jp.kyoten.talent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.hub.Prefectures;
import jp.kyoten.platform.RecordNotFoundException;

/**
 * The anonymised profiles a company receives before a matching event, of the talent it
 * will interview: code, kind, age band, region, skills, latest assessment, desired work
 * and availability — never a name, a contact or a sensitive field. Only talent who agreed
 * to share an anonymised profile appear; the others are counted, not shown.
 */
@Service
// not read-only: every output is audited in the same transaction
@Transactional
public class AnonymisedProfiles {

	public record Profile(String code, TalentKind kind, Integer ageDecade, String prefectureName, List<String> skills,
			String career, String desiredWork, List<String> workStyles, LocalDate availableFrom,
			Map<SkillArea, Integer> latestScores) {

		public Integer score(SkillArea area) {
			return latestScores.get(area);
		}

	}

	/**
	 * The profiles for one company of an event; {@code withheld} talent of its sets gave
	 * no consent to share.
	 */
	public record ForCompany(String eventTitle, LocalDate day, String companyName, String role, List<Profile> profiles,
			int withheld) {
	}

	private final JdbcClient jdbc;

	private final MatchingBoards boards;

	private final TalentProfiles talent;

	private final Assessments assessments;

	private final AuditTrail audit;

	private final Clock clock;

	AnonymisedProfiles(JdbcClient jdbc, MatchingBoards boards, TalentProfiles talent, Assessments assessments,
			AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.boards = boards;
		this.talent = talent;
		this.assessments = assessments;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws RecordNotFoundException for a company that is not the event's
	 */
	public ForCompany forCompany(long eventId, long matchingCompanyId) {
		MatchingBoard board = boards.board(eventId);
		MatchingBoard.CompanyNeed company = board.company(matchingCompanyId);
		if (company == null) {
			throw new RecordNotFoundException("matching company", matchingCompanyId);
		}
		List<Long> ids = board.setsOfCompany(matchingCompanyId).stream().map(MatchingBoard.SetView::talentId).toList();
		List<Profile> profiles = profiles(ids);
		audit.viewed("matching_company", matchingCompanyId,
				company.companyName() + " 向け匿名プロフィール " + profiles.size() + " 名");
		return new ForCompany(board.event().title(), board.event().day(), company.companyName(), company.role(),
				profiles, ids.size() - profiles.size());
	}

	/**
	 * The anonymised profiles of the talent who agreed to share one, in code order: three
	 * queries.
	 */
	List<Profile> profiles(List<Long> talentIds) {
		if (talentIds.isEmpty()) {
			return List.of();
		}
		Map<Long, List<String>> skills = talent.skillNames(talentIds);
		Map<Long, Map<SkillArea, Integer>> latest = assessments.latest(talentIds);
		int year = LocalDate.now(clock).getYear();
		return jdbc.sql("""
				SELECT id, code, kind, birth_year, prefecture_code, career, desired_work, work_styles, available_from
				  FROM talent WHERE id = ANY (?) AND consent_share_on IS NOT NULL ORDER BY code""")
			.param(talentIds.toArray(Long[]::new))
			.query((rs, n) -> new Profile(rs.getString(2), TalentKind.valueOf(rs.getString(3)),
					ageDecade(rs.getObject(4) == null ? null : rs.getInt(4), year), Prefectures.name(rs.getString(5)),
					skills.getOrDefault(rs.getLong(1), List.of()), rs.getString(6), rs.getString(7),
					List.of((String[]) rs.getArray(8).getArray()), rs.getObject(9, LocalDate.class),
					latest.getOrDefault(rs.getLong(1), Map.of())))
			.list();
	}

	/**
	 * The decade of the age (20 for 20代; 10 under 20, 80 for 80 and over): an age band
	 * names nobody.
	 */
	static Integer ageDecade(Integer birthYear, int thisYear) {
		if (birthYear == null) {
			return null;
		}
		int age = thisYear - birthYear;
		return Math.max(1, Math.min(age / 10, 8)) * 10;
	}

}
