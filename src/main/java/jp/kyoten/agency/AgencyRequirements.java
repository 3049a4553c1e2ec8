package jp.kyoten.agency;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * The hub's registration requirements (事前登録要件), defined by its managers. A requirement
 * that no longer applies is deactivated rather than deleted, so that past confirmations
 * keep their meaning.
 */
@Service
class AgencyRequirements {

	/** A sensible starting list, offered to a hub that has none yet. */
	static final List<RequirementView> DEFAULTS = List.of(
			new RequirementView(0, "有料職業紹介事業の許可を受けている", "厚生労働大臣の許可（有料職業紹介事業）を受けており、許可証の写しを受領していること。", 10, true),
			new RequirementView(0, "個人情報の適切な管理体制（プライバシーマーク等）", "プライバシーマーク、ISMS 等の認証、または同等の個人情報管理規程と運用体制があること。", 20,
					true),
			new RequirementView(0, "拠点との協定書を締結済み", "拠点との事前登録に関する協定書（連携協定）を締結していること。", 30, true),
			new RequirementView(0, "反社会的勢力でないことの誓約", "暴力団等の反社会的勢力に該当しない旨の誓約書を受領していること。", 40, true),
			new RequirementView(0, "拠点の事前登録要件説明会に参加", "拠点が開催する事前登録要件の説明会に担当者が参加したこと。", 50, true));

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	AgencyRequirements(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** All of the hub's requirements, active or not, in the hub's order. */
	@Transactional(readOnly = true)
	public List<RequirementView> all() {
		return jdbc.sql("""
				SELECT id, label, description, sort_order, active FROM agency_requirement ORDER BY sort_order, id""")
			.query((rs, n) -> new RequirementView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getBoolean(5)))
			.list();
	}

	/** Adds the default requirements to a hub that has none; does nothing otherwise. */
	@Transactional
	public void addDefaultsIfNone() {
		if (jdbc.sql("SELECT count(*) FROM agency_requirement").query(Long.class).single() > 0) {
			return;
		}
		DEFAULTS.forEach(r -> add(r.label(), r.description(), r.sortOrder()));
	}

	@Transactional(readOnly = true)
	RequirementView get(long id) {
		return all().stream()
			.filter(r -> r.id() == id)
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("agency_requirement", id));
	}

	@Transactional
	long add(String label, String description, int sortOrder) {
		long id = jdbc.sql("""
				INSERT INTO agency_requirement (hub_id, label, description, sort_order) VALUES (?, ?, ?, ?)
				RETURNING id""").params(HubScope.require(), label, description, sortOrder).query(Long.class).single();
		audit.created("agency_requirement", id, label);
		return id;
	}

	@Transactional
	void update(long id, String label, String description, int sortOrder, boolean active) {
		int n = jdbc.sql("""
				UPDATE agency_requirement SET label = ?, description = ?, sort_order = ?, active = ?, updated_at = now()
				 WHERE id = ?""").params(label, description, sortOrder, active, id).update();
		if (n == 0) {
			throw new RecordNotFoundException("agency_requirement", id);
		}
		audit.updated("agency_requirement", id, label + (active ? "" : "（無効）"));
	}

	/** The next free place at the end of the list. */
	@Transactional(readOnly = true)
	int nextSortOrder() {
		return jdbc.sql("SELECT coalesce(max(sort_order), 0) + 10 FROM agency_requirement")
			.query(Integer.class)
			.single();
	}

}
