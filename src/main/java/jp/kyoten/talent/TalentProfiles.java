package jp.kyoten.talent;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.hub.Prefectures;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.web.ListPage;
import jp.kyoten.platform.web.ListRequest;
import jp.kyoten.platform.web.ListSorting;

/**
 * The talent pool of the hub in scope: registering and changing profiles, reading one,
 * and the search by skills, kind and region. The foreign talent's sensitive fields are
 * written and read only for counsellors ({@link Counsellors}), and every read of them is
 * audited.
 */
@Service
@Transactional
public class TalentProfiles {

	/**
	 * A search: all of the skills (none: any), a kind, a prefecture; null for no
	 * condition.
	 */
	public record Filter(List<Long> skills, TalentKind kind, String prefecture) {

		public Filter {
			skills = skills == null ? List.of()
					: skills.stream().filter(java.util.Objects::nonNull).distinct().limit(10).toList();
			prefecture = prefecture == null || prefecture.isBlank() ? null : prefecture;
		}

	}

	/** A row of the list. */
	public record Row(long id, String code, TalentKind kind, String name, String prefectureCode, String status,
			boolean sharesAnonymised, List<String> skills) {

		public String prefectureName() {
			return Prefectures.name(prefectureCode);
		}

	}

	public static final ListSorting SORTING = ListSorting.by("registered", "t.id")
		.dateKey("registered", "t.id")
		.key("kind", "t.kind")
		.key("region", "t.prefecture_code");

	static final String COLUMNS = """
			SELECT t.id, t.code, t.kind, t.name, t.name_kana, t.email, t.phone, t.birth_year, t.prefecture_code, t.career,
			       t.desired_work, t.job_category, t.work_styles, t.available_from, t.consent_held_on, t.consent_share_on,
			       t.status, t.updated_at, t.version
			  FROM talent t""";

	private final JdbcClient jdbc;

	private final SkillList skillList;

	private final Counsellors counsellors;

	private final AuditTrail audit;

	private final TalentSettings settings;

	TalentProfiles(JdbcClient jdbc, SkillList skillList, Counsellors counsellors, AuditTrail audit,
			TalentSettings settings) {
		this.jdbc = jdbc;
		this.skillList = skillList;
		this.counsellors = counsellors;
		this.audit = audit;
		this.settings = settings;
	}

	/**
	 * @throws BusinessRuleException {@code talent.consentRequired} without consent to
	 * hold the data, {@code talent.prefectureInvalid}
	 */
	public long register(TalentDetails d) {
		check(d);
		long hubId = HubScope.require();
		long id = jdbc
			.sql("""
					INSERT INTO talent (hub_id, code, kind, name, name_kana, email, phone, birth_year, prefecture_code, career,
					                    desired_work, job_category, work_styles, available_from, consent_held_on,
					                    consent_share_on, status)
					VALUES (?, gen_random_uuid()::text::varchar(12), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?)
					RETURNING id""")
			.params(hubId, d.kind().name(), d.name(), d.nameKana(), d.email(), d.phone(), d.birthYear(),
					d.prefectureCode(), d.career(), d.desiredWork(), d.jobCategory(),
					d.workStyles().toArray(String[]::new), date(d.availableFrom()), date(d.consentHeldOn()),
					date(d.consentShareOn()), d.status())
			.query(Long.class)
			.single();
		jdbc.sql("UPDATE talent SET code = ? WHERE id = ?").params(code(d.kind(), id), id).update();
		writeSkills(hubId, id, d.skillIds());
		writeForeign(hubId, id, d);
		audit.created("talent", id, code(d.kind(), id));
		return id;
	}

	/**
	 * @throws BusinessRuleException {@code error.optimisticLock} when someone saved the
	 * profile in between
	 */
	public void update(long id, int version, TalentDetails d) {
		TalentView before = get(id);
		check(d);
		int changed = jdbc.sql("""
				UPDATE talent SET kind = ?, name = ?, name_kana = ?, email = ?, phone = ?, birth_year = ?,
				       prefecture_code = ?, career = ?, desired_work = ?, job_category = ?, work_styles = ?::text[],
				       available_from = ?, consent_held_on = ?, consent_share_on = ?, status = ?, updated_at = now(),
				       version = version + 1
				 WHERE id = ? AND version = ?""")
			.params(d.kind().name(), d.name(), d.nameKana(), d.email(), d.phone(), d.birthYear(), d.prefectureCode(),
					d.career(), d.desiredWork(), d.jobCategory(), d.workStyles().toArray(String[]::new),
					date(d.availableFrom()), date(d.consentHeldOn()), date(d.consentShareOn()), d.status(), id, version)
			.update();
		if (changed == 0) {
			throw new BusinessRuleException("error.optimisticLock");
		}
		long hubId = HubScope.require();
		jdbc.sql("DELETE FROM talent_has_skill WHERE talent_id = ?").param(id).update();
		writeSkills(hubId, id, d.skillIds());
		if (d.kind() != TalentKind.FOREIGN) {
			jdbc.sql("DELETE FROM talent_foreign_detail WHERE talent_id = ?").param(id).update();
		}
		writeForeign(hubId, id, d);
		audit.updated("talent", id, before.code());
	}

	@Transactional(readOnly = true)
	public Optional<TalentView> find(long id) {
		return jdbc.sql(COLUMNS + " WHERE t.id = ?").param(id).query(this::view).optional().map(this::withSkills);
	}

	/** The talent of the code (D-00012), as staff type it. */
	@Transactional(readOnly = true)
	public Optional<TalentView> byCode(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql(COLUMNS + " WHERE t.code = ?")
			.param(code.strip().toUpperCase(java.util.Locale.ROOT))
			.query(this::view)
			.optional()
			.map(this::withSkills);
	}

	/**
	 * @throws RecordNotFoundException for another hub's talent
	 */
	@Transactional(readOnly = true)
	public TalentView get(long id) {
		return find(id).orElseThrow(() -> new RecordNotFoundException("talent", id));
	}

	/**
	 * The profile as a page or the API shows it: reading a person's record is audited.
	 * @throws RecordNotFoundException for another hub's talent
	 */
	public TalentView show(long id) {
		TalentView t = get(id);
		audit.viewed("talent", id, t.code() + " のプロフィールを表示");
		return t;
	}

	/**
	 * A foreign talent's nationality, residence status and Japanese level, for a
	 * counsellor; every read is audited. Empty for other kinds and for anyone without the
	 * permission — they never reach the page, the API or an export.
	 */
	public Optional<ForeignDetail> foreignDetail(long id) {
		TalentView t = get(id);
		if (t.kind() != TalentKind.FOREIGN || !counsellors.mayCounsel()) {
			return Optional.empty();
		}
		ForeignDetail detail = jdbc.sql("""
				SELECT nationality, residence_status, jlpt FROM talent_foreign_detail WHERE talent_id = ?""")
			.param(id)
			.query((rs, n) -> foreign(rs))
			.optional()
			.orElse(new ForeignDetail(null, null, null));
		audit.viewed("talent_foreign_detail", id, t.code() + " の国籍・在留資格・日本語レベルを表示");
		return Optional.of(detail);
	}

	/**
	 * One page of the search, newest first by default, its matches counted up to
	 * {@link TalentSettings#countCap()} (then the page says 「1,000 件以上」): two queries
	 * over the search indexes, one for the skills.
	 */
	@Transactional(readOnly = true)
	public ListPage<Row> search(Filter f, ListRequest request, String baseUrl) {
		return search(f, request, baseUrl, settings.countCap());
	}

	/**
	 * The search with its count stopped at {@code cap}: the count reads at most
	 * {@code cap + 1} matches instead of all of them, which is what a broad search spent
	 * its time on. The page's rows do not depend on the cap; a search that matches
	 * nothing skips the page's statement.
	 */
	@Transactional(readOnly = true)
	ListPage<Row> search(Filter f, ListRequest request, String baseUrl, int cap) {
		List<Object> params = new ArrayList<>();
		String where = where(f, params);
		long counted = jdbc.sql(countSql(where, cap)).params(params).query(Long.class).single();
		boolean capped = counted > cap;
		if (counted == 0) {
			return new ListPage<>(List.of(), 0, request, baseUrl);
		}
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(request.size());
		pageParams.add(request.offset());
		List<Row> rows = jdbc.sql(pageSql(where, SORTING.orderBy(request)))
			.params(pageParams)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), TalentKind.valueOf(rs.getString(3)),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7), List.of()))
			.list();
		Map<Long, List<String>> skills = skillNames(rows.stream().map(Row::id).toList());
		return new ListPage<>(rows.stream()
			.map(r -> new Row(r.id(), r.code(), r.kind(), r.name(), r.prefectureCode(), r.status(),
					r.sharesAnonymised(), skills.getOrDefault(r.id(), List.of())))
			.toList(), capped ? cap : counted, request, baseUrl, capped);
	}

	/**
	 * Every match of the search in the list's order, from a cursor, with its skills
	 * (named in the same statement, not one query a row): the list export
	 * ({@code TalentListExportController}).
	 */
	@Transactional(readOnly = true)
	public void export(Filter f, ListRequest request, java.util.function.Consumer<Row> each) {
		List<Object> params = new ArrayList<>();
		String where = where(f, params);
		jp.kyoten.platform.web.ListQuery.each(jdbc, """
				SELECT t.id, t.code, t.kind, t.name, t.prefecture_code, t.status, t.consent_share_on IS NOT NULL,
				       ARRAY(SELECT s.name FROM talent_has_skill h JOIN talent_skill s ON s.id = h.skill_id
				              WHERE h.talent_id = t.id ORDER BY s.area, s.name) AS skills
				  FROM talent t""", where, params, SORTING, request,
				(rs, n) -> new Row(rs.getLong(1), rs.getString(2), TalentKind.valueOf(rs.getString(3)), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getBoolean(7),
						List.of((String[]) rs.getArray(8).getArray())),
				each);
	}

	/** The count of the matches, stopped after {@code cap + 1} of them. */
	static String countSql(String where, int cap) {
		return "SELECT count(*) FROM (SELECT 1 FROM talent t" + where + " LIMIT " + (cap + 1) + ") c";
	}

	/**
	 * A page of the matches in the order given; {@code LIMIT ? OFFSET ?} follow the
	 * conditions' parameters.
	 */
	static String pageSql(String where, String orderBy) {
		return """
				SELECT t.id, t.code, t.kind, t.name, t.prefecture_code, t.status, t.consent_share_on IS NOT NULL
				  FROM talent t""" + where + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?";
	}

	/**
	 * The search conditions, each an equality the planner may use under the row-level
	 * policy (leakproof): the hub, the kind and region on {@code talent_kind_region_idx},
	 * and for each skill a lookup on {@code talent_has_skill_skill_idx}.
	 */
	static String where(Filter f, List<Object> params) {
		StringBuilder sql = new StringBuilder(" WHERE t.hub_id = ?");
		params.add(HubScope.require());
		if (f.kind() != null) {
			sql.append(" AND t.kind = ?");
			params.add(f.kind().name());
		}
		if (f.prefecture() != null) {
			sql.append(" AND t.prefecture_code = ?");
			params.add(f.prefecture());
		}
		for (Long skill : f.skills()) {
			sql.append(" AND EXISTS (SELECT 1 FROM talent_has_skill s WHERE s.hub_id = t.hub_id AND s.skill_id = ?"
					+ " AND s.talent_id = t.id)");
			params.add(skill);
		}
		return sql.toString();
	}

	/** The skills' names of the talent, by talent: one query. */
	@Transactional(readOnly = true)
	Map<Long, List<String>> skillNames(List<Long> talentIds) {
		Map<Long, List<String>> names = new HashMap<>();
		if (talentIds.isEmpty()) {
			return names;
		}
		jdbc.sql("""
				SELECT h.talent_id, s.name FROM talent_has_skill h JOIN talent_skill s ON s.id = h.skill_id
				 WHERE h.talent_id = ANY (?) ORDER BY s.area, s.name""")
			.param(talentIds.toArray(Long[]::new))
			.query((rs, n) -> names.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		return names;
	}

	/** The skill ids of the talent, by talent: one query. */
	@Transactional(readOnly = true)
	Map<Long, List<Long>> skillIds(List<Long> talentIds) {
		Map<Long, List<Long>> ids = new HashMap<>();
		if (talentIds.isEmpty()) {
			return ids;
		}
		jdbc.sql("SELECT talent_id, skill_id FROM talent_has_skill WHERE talent_id = ANY (?)")
			.param(talentIds.toArray(Long[]::new))
			.query((rs, n) -> ids.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
			.list();
		return ids;
	}

	static String code(TalentKind kind, long id) {
		return kind.prefix() + "-" + String.format("%05d", id);
	}

	private void check(TalentDetails d) {
		if (d.consentHeldOn() == null) {
			throw new BusinessRuleException("talent.consentRequired");
		}
		if (!Prefectures.isValid(d.prefectureCode())) {
			throw new BusinessRuleException("talent.prefectureInvalid");
		}
	}

	private void writeSkills(long hubId, long talentId, List<Long> skillIds) {
		for (Long skill : skillList.known(skillIds)) {
			jdbc.sql("INSERT INTO talent_has_skill (hub_id, talent_id, skill_id) VALUES (?, ?, ?)")
				.params(hubId, talentId, skill)
				.update();
		}
	}

	/**
	 * Only a counsellor writes the sensitive fields, and only for foreign talent; others
	 * leave them as they are.
	 */
	private void writeForeign(long hubId, long id, TalentDetails d) {
		if (d.kind() != TalentKind.FOREIGN || d.foreign() == null || !counsellors.mayCounsel()) {
			return;
		}
		ForeignDetail f = d.foreign();
		jdbc.sql("""
				INSERT INTO talent_foreign_detail (talent_id, hub_id, nationality, residence_status, jlpt)
				VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (talent_id) DO UPDATE SET nationality = excluded.nationality,
				       residence_status = excluded.residence_status, jlpt = excluded.jlpt""")
			.params(id, hubId, f.nationality(), f.residenceStatus() == null ? null : f.residenceStatus().name(),
					f.jlpt() == null ? null : f.jlpt().name())
			.update();
		audit.updated("talent_foreign_detail", id, "国籍・在留資格・日本語レベルを更新");
	}

	private TalentView withSkills(TalentView t) {
		List<Long> ids = skillIds(List.of(t.id())).getOrDefault(t.id(), List.of());
		List<String> names = skillNames(List.of(t.id())).getOrDefault(t.id(), List.of());
		return new TalentView(t.id(), t.code(), t.kind(), t.name(), t.nameKana(), t.email(), t.phone(), t.birthYear(),
				t.prefectureCode(), t.career(), t.desiredWork(), t.jobCategory(), t.workStyles(), t.availableFrom(),
				t.consentHeldOn(), t.consentShareOn(), t.status(), ids, names, t.updatedAt(), t.version());
	}

	private TalentView view(ResultSet rs, int n) throws SQLException {
		Array styles = rs.getArray("work_styles");
		Integer birthYear = rs.getObject("birth_year") == null ? null : rs.getInt("birth_year");
		return new TalentView(rs.getLong("id"), rs.getString("code"), TalentKind.valueOf(rs.getString("kind")),
				rs.getString("name"), rs.getString("name_kana"), rs.getString("email"), rs.getString("phone"),
				birthYear, rs.getString("prefecture_code"), rs.getString("career"), rs.getString("desired_work"),
				rs.getString("job_category"), styles == null ? List.of() : List.of((String[]) styles.getArray()),
				rs.getObject("available_from", LocalDate.class), rs.getObject("consent_held_on", LocalDate.class),
				rs.getObject("consent_share_on", LocalDate.class), rs.getString("status"), List.of(), List.of(),
				rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
	}

	static ForeignDetail foreign(ResultSet rs) throws SQLException {
		String status = rs.getString("residence_status");
		String jlpt = rs.getString("jlpt");
		return new ForeignDetail(rs.getString("nationality"), status == null ? null : ResidenceStatus.valueOf(status),
				jlpt == null ? null : JlptLevel.valueOf(jlpt));
	}

	private static Date date(LocalDate d) {
		return d == null ? null : Date.valueOf(d);
	}

}
