package jp.kyoten.talent;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.identity.CurrentUser;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * アセスメント (seed 001 §2(2)①(c)): a talent's digital skills scored 0–5 in every assessed
 * area, repeated over time so that the chart shows how they grow.
 */
@Service
@Transactional
public class Assessments {

	public static final int MAX_SCORE = 5;

	/** One assessment with its score per area, in the areas' order. */
	public record Assessment(long id, LocalDate assessedOn, String assessorName, String note,
			Map<SkillArea, Integer> scores) {

		/**
		 * The scores in the areas' order, for the chart's data attribute
		 * ({@code 3,4,2,1,0,2}).
		 */
		public String chartScores() {
			return SkillArea.assessedAreas()
				.stream()
				.map(a -> String.valueOf(scores.getOrDefault(a, 0)))
				.collect(Collectors.joining(","));
		}

		public int score(SkillArea area) {
			return scores.getOrDefault(area, 0);
		}

	}

	private final JdbcClient jdbc;

	private final TalentProfiles profiles;

	private final AuditTrail audit;

	Assessments(JdbcClient jdbc, TalentProfiles profiles, AuditTrail audit) {
		this.jdbc = jdbc;
		this.profiles = profiles;
		this.audit = audit;
	}

	/**
	 * @throws BusinessRuleException {@code assessment.dateRequired},
	 * {@code assessment.scoreInvalid} for a missing area or a score outside 0–5
	 * @throws jp.kyoten.platform.RecordNotFoundException for another hub's talent
	 */
	public long record(long talentId, LocalDate assessedOn, Map<SkillArea, Integer> scores, String assessorName,
			String note) {
		String code = profiles.get(talentId).code();
		if (assessedOn == null) {
			throw new BusinessRuleException("assessment.dateRequired");
		}
		for (SkillArea area : SkillArea.assessedAreas()) {
			Integer s = scores.get(area);
			if (s == null || s < 0 || s > MAX_SCORE) {
				throw new BusinessRuleException("assessment.scoreInvalid", MAX_SCORE);
			}
		}
		long hubId = HubScope.require();
		String assessor = blank(assessorName) ? CurrentUser.get().map(KyotenUser::displayName).orElse(null)
				: assessorName.strip();
		long id = jdbc.sql("""
				INSERT INTO talent_assessment (hub_id, talent_id, assessed_on, assessor_name, note, recorded_by)
				VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(hubId, talentId, Date.valueOf(assessedOn), cut(assessor, 100), blank(note) ? null : cut(note, 2000),
					CurrentUser.get().map(KyotenUser::userId).orElse(null))
			.query(Long.class)
			.single();
		for (SkillArea area : SkillArea.assessedAreas()) {
			jdbc.sql("INSERT INTO talent_assessment_score (hub_id, assessment_id, area, score) VALUES (?, ?, ?, ?)")
				.params(hubId, id, area.name(), scores.get(area))
				.update();
		}
		audit.created("talent_assessment", id, code + " のアセスメント " + assessedOn);
		return id;
	}

	/** The talent's assessments, oldest first (the chart's order): two queries. */
	@Transactional(readOnly = true)
	public List<Assessment> of(long talentId) {
		Map<Long, Map<SkillArea, Integer>> scores = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT s.assessment_id, s.area, s.score FROM talent_assessment_score s
				  JOIN talent_assessment a ON a.id = s.assessment_id WHERE a.talent_id = ?""")
			.param(talentId)
			.query((rs, n) -> scores.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(SkillArea.class))
				.put(SkillArea.valueOf(rs.getString(2)), rs.getInt(3)))
			.list();
		List<Assessment> list = new ArrayList<>();
		jdbc.sql("""
				SELECT id, assessed_on, assessor_name, note FROM talent_assessment WHERE talent_id = ?
				 ORDER BY assessed_on, id""")
			.param(talentId)
			.query((rs,
					n) -> list.add(new Assessment(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
							rs.getString(4), scores.getOrDefault(rs.getLong(1), Map.of()))))
			.list();
		return list;
	}

	/**
	 * The latest score per area of each talent, for suggestions and anonymised profiles:
	 * one query.
	 */
	@Transactional(readOnly = true)
	Map<Long, Map<SkillArea, Integer>> latest(List<Long> talentIds) {
		Map<Long, Map<SkillArea, Integer>> latest = new java.util.HashMap<>();
		if (talentIds.isEmpty()) {
			return latest;
		}
		jdbc.sql("""
				SELECT DISTINCT ON (a.talent_id, s.area) a.talent_id, s.area, s.score
				  FROM talent_assessment a JOIN talent_assessment_score s ON s.assessment_id = a.id
				 WHERE a.talent_id = ANY (?)
				 ORDER BY a.talent_id, s.area, a.assessed_on DESC, a.id DESC""")
			.param(talentIds.toArray(Long[]::new))
			.query((rs, n) -> latest.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(SkillArea.class))
				.put(SkillArea.valueOf(rs.getString(2)), rs.getInt(3)))
			.list();
		return latest;
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	static String cut(String s, int max) {
		if (s == null) {
			return null;
		}
		String v = s.strip();
		return v.length() > max ? v.substring(0, max) : v;
	}

}
