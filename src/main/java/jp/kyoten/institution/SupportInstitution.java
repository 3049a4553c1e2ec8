package jp.kyoten.institution;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "support_institution")
class SupportInstitution {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "hub_id", updatable = false)
	private long hubId;

	private String name;

	@Column(name = "name_kana")
	private String nameKana;

	@Enumerated(EnumType.STRING)
	private InstitutionKind kind;

	private String branch;

	@Column(name = "postal_code")
	private String postalCode;

	private String address;

	private String phone;

	private String url;

	private String notes;

	private boolean active = true;

	@Column(name = "search_text")
	private String searchText;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private int version;

	protected SupportInstitution() {
	}

	SupportInstitution(long hubId, InstitutionDetails details) {
		this.hubId = hubId;
		this.createdAt = Instant.now();
		apply(details);
	}

	void update(InstitutionDetails details, boolean active) {
		apply(details);
		this.active = active;
	}

	private void apply(InstitutionDetails d) {
		this.name = d.name();
		this.nameKana = d.nameKana();
		this.kind = d.kind();
		this.branch = d.branch();
		this.postalCode = d.postalCode();
		this.address = d.address();
		this.phone = d.phone();
		this.url = d.url();
		this.notes = d.notes();
		this.searchText = SearchText.of(name, nameKana, branch);
		this.updatedAt = Instant.now();
	}

	String displayName() {
		return branch == null ? name : name + " " + branch;
	}

	Long getId() {
		return id;
	}

	InstitutionKind getKind() {
		return kind;
	}

	boolean isActive() {
		return active;
	}

	int getVersion() {
		return version;
	}

}
