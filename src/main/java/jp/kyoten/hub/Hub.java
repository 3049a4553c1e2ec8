package jp.kyoten.hub;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "hub")
public class Hub {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	@Enumerated(EnumType.STRING)
	private HubKind kind;

	@Column(name = "prefecture_code")
	private String prefectureCode;

	private boolean active = true;

	/**
	 * Whether everyone of the hub who handles personal data signs in with a second
	 * factor.
	 */
	@Column(name = "two_factor_required")
	private boolean twoFactorRequired;

	@Column(name = "created_at", insertable = false, updatable = false)
	private Instant createdAt;

	protected Hub() {
	}

	public Hub(String slug, String name, HubKind kind, String prefectureCode) {
		if (!Prefectures.isValid(prefectureCode)) {
			throw new IllegalArgumentException("prefecture code " + prefectureCode);
		}
		this.slug = slug;
		this.name = name;
		this.kind = kind;
		this.prefectureCode = prefectureCode;
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public HubKind getKind() {
		return kind;
	}

	public String getPrefectureCode() {
		return prefectureCode;
	}

	public String getPrefectureName() {
		return Prefectures.name(prefectureCode);
	}

	public boolean isActive() {
		return active;
	}

	public boolean isTwoFactorRequired() {
		return twoFactorRequired;
	}

	void requireTwoFactor(boolean required) {
		this.twoFactorRequired = required;
	}

	void rename(String name) {
		this.name = name;
	}

}
