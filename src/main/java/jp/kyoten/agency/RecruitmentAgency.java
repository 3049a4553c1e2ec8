package jp.kyoten.agency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.AbstractAggregateRoot;

import jp.kyoten.platform.BusinessRuleException;

/**
 * A recruitment agency registered with (or applying to) one hub. Its registration status
 * changes only through {@link #register}, {@link #suspend}, {@link #resume} and
 * {@link #revoke}, which refuse what the status does not allow, write the history and
 * raise the events published when the agency is saved.
 */
@Entity
@Table(name = "recruitment_agency")
class RecruitmentAgency extends AbstractAggregateRoot<RecruitmentAgency> {

	static final int REASON_MAX = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "hub_id", updatable = false)
	private long hubId;

	private String name;

	@Column(name = "name_kana")
	private String nameKana;

	@Column(name = "corporate_number")
	private String corporateNumber;

	@Column(name = "licence_number")
	private String licenceNumber;

	@Enumerated(EnumType.STRING)
	private AgencyStatus status;

	@Column(name = "status_changed_at")
	private Instant statusChangedAt;

	@Column(name = "agreement_date")
	private LocalDate agreementDate;

	@Column(name = "agreement_end")
	private LocalDate agreementEnd;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "employment_forms")
	private String[] employmentForms;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "job_categories")
	private String[] jobCategories;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private String[] industries;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "prefecture_codes")
	private String[] prefectureCodes;

	private String description;

	private String website;

	private String phone;

	private String email;

	private String address;

	private String notes;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private int version;

	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
	@JoinColumn(name = "agency_id", nullable = false, updatable = false)
	@OrderBy("changedAt, id")
	private List<AgencyStatusChange> history = new ArrayList<>();

	protected RecruitmentAgency() {
	}

	/** A received application: status 申請中. */
	RecruitmentAgency(long hubId, AgencyDetails details, ActingStaff by) {
		Instant now = Instant.now();
		this.hubId = hubId;
		this.createdAt = now;
		this.status = AgencyStatus.APPLIED;
		this.statusChangedAt = now;
		apply(details);
		history.add(new AgencyStatusChange(hubId, null, AgencyStatus.APPLIED, null, now, by));
	}

	void update(AgencyDetails details) {
		apply(details);
	}

	/**
	 * 申請中 → 登録, once every active requirement of the hub is confirmed.
	 * @throws BusinessRuleException naming the unconfirmed requirements, or when the
	 * status is not 申請中
	 */
	void register(RequirementChecklist checklist, ActingStaff by) {
		guard(AgencyTransition.REGISTER);
		if (!checklist.complete()) {
			throw new BusinessRuleException("agency.register.checklistIncomplete",
					String.join("、", checklist.missing()));
		}
		change(AgencyTransition.REGISTER, null, by);
		registerEvent(new AgencyRegistered(id, hubId));
	}

	/** 登録 → 停止, with a reason. */
	void suspend(String reason, ActingStaff by) {
		guard(AgencyTransition.SUSPEND);
		change(AgencyTransition.SUSPEND, reason, by);
		registerEvent(new AgencySuspended(id, hubId));
	}

	/** 停止 → 登録 (再開). Raises {@link AgencyRegistered}: the agency may be offered again. */
	void resume(ActingStaff by) {
		guard(AgencyTransition.RESUME);
		change(AgencyTransition.RESUME, null, by);
		registerEvent(new AgencyRegistered(id, hubId));
	}

	/** 申請中 / 登録 / 停止 → 取消 (of an application: 却下・取下げ), with a reason. Final. */
	void revoke(String reason, ActingStaff by) {
		guard(AgencyTransition.REVOKE);
		change(AgencyTransition.REVOKE, reason, by);
		registerEvent(new AgencyRevoked(id, hubId));
	}

	private void guard(AgencyTransition transition) {
		if (!transition.allowedFrom(status)) {
			throw new BusinessRuleException("agency.status.illegal",
					new DefaultMessageSourceResolvable("agencyStatus." + status),
					new DefaultMessageSourceResolvable("agencyTransition." + transition));
		}
	}

	private void change(AgencyTransition transition, String reason, ActingStaff by) {
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (transition.reasonRequired() && why == null) {
			throw new BusinessRuleException("agency.status.reasonRequired",
					new DefaultMessageSourceResolvable("agencyTransition." + transition));
		}
		if (why != null && why.length() > REASON_MAX) {
			throw new BusinessRuleException("agency.status.reasonTooLong", REASON_MAX);
		}
		Instant now = Instant.now();
		history.add(new AgencyStatusChange(hubId, status, transition.target(), why, now, by));
		this.status = transition.target();
		this.statusChangedAt = now;
		this.updatedAt = now;
	}

	private void apply(AgencyDetails d) {
		if (d.agreementDate() != null && d.agreementEnd() != null && d.agreementEnd().isBefore(d.agreementDate())) {
			throw new BusinessRuleException("agency.agreementEnd.beforeStart");
		}
		this.name = d.name();
		this.nameKana = d.nameKana();
		this.corporateNumber = d.corporateNumber();
		this.licenceNumber = d.licenceNumber();
		this.agreementDate = d.agreementDate();
		this.agreementEnd = d.agreementEnd();
		this.employmentForms = names(d.employmentForms());
		this.jobCategories = names(d.jobCategories());
		this.industries = d.industries().toArray(String[]::new);
		this.prefectureCodes = d.prefectureCodes().toArray(String[]::new);
		this.description = d.description();
		this.website = d.website();
		this.phone = d.phone();
		this.email = d.email();
		this.address = d.address();
		this.notes = d.notes();
		this.updatedAt = Instant.now();
	}

	private static String[] names(Collection<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).toArray(String[]::new);
	}

	Long getId() {
		return id;
	}

	long getHubId() {
		return hubId;
	}

	String getName() {
		return name;
	}

	String getLicenceNumber() {
		return licenceNumber;
	}

	AgencyStatus getStatus() {
		return status;
	}

	int getVersion() {
		return version;
	}

	List<StatusChangeView> history() {
		return history.stream().map(AgencyStatusChange::view).toList();
	}

}
