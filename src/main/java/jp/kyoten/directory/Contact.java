package jp.kyoten.directory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

import jp.kyoten.platform.tenancy.HubScope;

/**
 * 担当者: a person at a company. Personal data: every view and change is audited by the use
 * cases.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "contact")
class Contact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "hub_id", updatable = false)
	private long hubId;

	@Column(name = "company_id")
	private long companyId;

	private String name;

	@Column(name = "name_kana")
	private String nameKana;

	private String department;

	private String title;

	private String email;

	private String phone;

	private String notes;

	@CreatedDate
	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@CreatedBy
	@Column(name = "created_by", updatable = false)
	private String createdBy;

	@LastModifiedDate
	@Column(name = "updated_at")
	private Instant updatedAt;

	@LastModifiedBy
	@Column(name = "updated_by")
	private String updatedBy;

	@Version
	private long version;

	protected Contact() {
	}

	Contact(long companyId, ContactData data) {
		this.hubId = HubScope.require();
		this.companyId = companyId;
		apply(data);
	}

	void apply(ContactData data) {
		this.name = data.name();
		this.nameKana = data.nameKana();
		this.department = data.department();
		this.title = data.title();
		this.email = data.email();
		this.phone = data.phone();
		this.notes = data.notes();
	}

	ContactData data() {
		return new ContactData(name, nameKana, department, title, email, phone, notes);
	}

	ContactView view() {
		return new ContactView(id, companyId, name, nameKana, department, title, email, phone, notes, version,
				updatedAt, updatedBy);
	}

	Long getId() {
		return id;
	}

	long getCompanyId() {
		return companyId;
	}

	String getName() {
		return name;
	}

	long getVersion() {
		return version;
	}

}
