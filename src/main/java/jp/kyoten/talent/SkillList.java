package jp.kyoten.talent;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * The maintained skill list: the standard skills every hub reads (by assessment area,
 * seeded with the schema) and the hub's own, which its manager adds and retires. A
 * retired skill stays on the profiles that have it; it is offered no more.
 */
@Service
@Transactional
public class SkillList {

	/** A skill of the list; {@code standard} ones are the same for every hub. */
	public record Skill(long id, String area, String name, boolean standard, boolean active) {
	}

	static final int MAX_NAME = 100;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	SkillList(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Every skill the hub sees, by area and name. */
	@Transactional(readOnly = true)
	public List<Skill> all() {
		return jdbc.sql("SELECT id, area, name, hub_id IS NULL, active FROM talent_skill ORDER BY area, name, id")
			.query((rs, n) -> new Skill(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
					rs.getBoolean(5)))
			.list();
	}

	/** The skills offered on forms, grouped by area in the areas' order. */
	@Transactional(readOnly = true)
	public Map<String, List<Skill>> offered() {
		Map<String, List<Skill>> byArea = new java.util.LinkedHashMap<>();
		for (SkillArea a : SkillArea.values()) {
			byArea.put(a.name(), new java.util.ArrayList<>());
		}
		all().stream().filter(Skill::active).forEach(s -> byArea.get(s.area()).add(s));
		return byArea;
	}

	@Transactional(readOnly = true)
	Map<Long, String> names() {
		return all().stream().collect(Collectors.toMap(Skill::id, Skill::name));
	}

	/**
	 * @throws BusinessRuleException {@code skill.nameRequired}, {@code skill.duplicate}
	 */
	public long add(SkillArea area, String name) {
		String n = name == null ? "" : name.strip();
		if (n.isEmpty() || area == null) {
			throw new BusinessRuleException("skill.nameRequired");
		}
		if (n.length() > MAX_NAME) {
			throw new BusinessRuleException("skill.nameTooLong", MAX_NAME);
		}
		boolean standard = jdbc.sql("SELECT EXISTS (SELECT 1 FROM talent_skill WHERE hub_id IS NULL AND name = ?)")
			.param(n)
			.query(Boolean.class)
			.single();
		if (standard) {
			throw new BusinessRuleException("skill.duplicate", n);
		}
		try {
			long id = jdbc.sql("INSERT INTO talent_skill (hub_id, area, name) VALUES (?, ?, ?) RETURNING id")
				.params(HubScope.require(), area.name(), n)
				.query(Long.class)
				.single();
			audit.created("talent_skill", id, n);
			return id;
		}
		catch (DuplicateKeyException ex) {
			throw new BusinessRuleException("skill.duplicate", n);
		}
	}

	/**
	 * Retires or restores one of the hub's own skills (the standard list is not the hub's
	 * to change).
	 */
	public void setActive(long id, boolean active) {
		int changed = jdbc.sql("UPDATE talent_skill SET active = ? WHERE id = ? AND hub_id IS NOT NULL")
			.params(active, id)
			.update();
		if (changed == 0) {
			throw new jp.kyoten.platform.RecordNotFoundException("skill", id);
		}
		audit.updated("talent_skill", id, active ? "有効化" : "廃止");
	}

	/**
	 * The ids that name active skills the hub sees, in the order given; unknown or
	 * retired ids are dropped.
	 */
	@Transactional(readOnly = true)
	List<Long> known(List<Long> ids) {
		if (ids == null || ids.isEmpty()) {
			return List.of();
		}
		List<Long> valid = jdbc.sql("SELECT id FROM talent_skill WHERE active AND id = ANY (?)")
			.param(ids.toArray(Long[]::new))
			.query(Long.class)
			.list();
		return ids.stream().distinct().filter(valid::contains).toList();
	}

}
