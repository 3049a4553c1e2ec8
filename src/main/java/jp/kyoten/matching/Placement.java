package jp.kyoten.matching;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.work.EmploymentForm;

/**
 * A hire reported on a hand-off (成約). It counts toward the KPIs only once staff
 * {@link #confirm} it.
 */
@Entity
@Table(name = "placement")
class Placement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "hub_id", updatable = false)
	private long hubId;

	@Column(name = "handoff_id", updatable = false)
	private long handOffId;

	@Column(name = "agency_id", updatable = false)
	private long agencyId;

	@Column(name = "need_id", updatable = false)
	private long needId;

	@Column(name = "company_id", updatable = false)
	private long companyId;

	@Column(name = "contract_date")
	private LocalDate contractDate;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Enumerated(EnumType.STRING)
	@Column(name = "employment_form")
	private EmploymentForm employmentForm;

	@Column(name = "residence_before_pref")
	private String residenceBeforePref;

	@Column(name = "residence_before_muni")
	private String residenceBeforeMuni;

	@Column(name = "residence_after_pref")
	private String residenceAfterPref;

	@Column(name = "residence_after_muni")
	private String residenceAfterMuni;

	private Long fee;

	@Column(name = "reported_by", updatable = false)
	private String reportedBy;

	@Column(name = "reported_by_agency", updatable = false)
	private boolean reportedByAgency;

	private boolean confirmed;

	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	@Column(name = "confirmed_by")
	private String confirmedBy;

	@Enumerated(EnumType.STRING)
	private Joining joined;

	@Column(name = "joined_on")
	private LocalDate joinedOn;

	@Column(name = "joined_recorded_by")
	private String joinedRecordedBy;

	@Column(name = "joined_recorded_at")
	private Instant joinedRecordedAt;

	@Version
	private int version;

	protected Placement() {
	}

	Placement(HandOff handOff, PlacementReport report, boolean byAgency, String actor) {
		if (report.contractDate() == null || report.employmentForm() == null) {
			throw new BusinessRuleException("placement.contractDateAndForm.required");
		}
		if (report.startDate() != null && report.startDate().isBefore(report.contractDate())) {
			throw new BusinessRuleException("placement.startDate.beforeContract");
		}
		if (report.contractDate().isBefore(handOff.getChosenOn())) {
			throw new BusinessRuleException("placement.contractDate.beforeHandOff", handOff.getChosenOn());
		}
		if (!report.residenceBefore().valid() || !report.residenceAfter().valid()) {
			throw new BusinessRuleException("placement.residence.invalid");
		}
		if (report.fee() != null && report.fee() < 0) {
			throw new BusinessRuleException("placement.fee.negative");
		}
		this.hubId = handOff.getHubId();
		this.handOffId = handOff.getId();
		this.agencyId = handOff.getAgencyId();
		this.needId = handOff.getNeedId();
		this.companyId = handOff.getCompanyId();
		this.contractDate = report.contractDate();
		this.startDate = report.startDate();
		this.employmentForm = report.employmentForm();
		this.residenceBeforePref = report.residenceBefore().prefectureCode();
		this.residenceBeforeMuni = report.residenceBefore().municipalityCode();
		this.residenceAfterPref = report.residenceAfter().prefectureCode();
		this.residenceAfterMuni = report.residenceAfter().municipalityCode();
		this.fee = report.fee();
		this.reportedBy = actor;
		this.reportedByAgency = byAgency;
	}

	/**
	 * Staff confirm the hire: from now on it counts (KPIs 2–5). Confirming twice is
	 * refused.
	 */
	void confirm(String actor) {
		if (confirmed) {
			throw new BusinessRuleException("placement.alreadyConfirmed");
		}
		this.confirmed = true;
		this.confirmedAt = Instant.now();
		this.confirmedBy = actor;
	}

	/**
	 * 実際の就職: the talent joined on {@code on}, or did not join (then {@code on} is null).
	 * It may be corrected as the agency learns more.
	 * @throws BusinessRuleException {@code placement.joined.dateRequired} for a joining
	 * without its day, {@code placement.joined.beforeContract} for a day before the
	 * contract date
	 */
	void recordJoining(Joining status, LocalDate on, String actor) {
		if (status == Joining.JOINED && on == null) {
			throw new BusinessRuleException("placement.joined.dateRequired");
		}
		if (status == Joining.JOINED && on.isBefore(contractDate)) {
			throw new BusinessRuleException("placement.joined.beforeContract", contractDate);
		}
		this.joined = status;
		this.joinedOn = status == Joining.JOINED ? on : null;
		this.joinedRecordedBy = actor;
		this.joinedRecordedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	long getHubId() {
		return hubId;
	}

	long getHandOffId() {
		return handOffId;
	}

	long getNeedId() {
		return needId;
	}

	long getCompanyId() {
		return companyId;
	}

	long getAgencyId() {
		return agencyId;
	}

	LocalDate getContractDate() {
		return contractDate;
	}

	EmploymentForm getEmploymentForm() {
		return employmentForm;
	}

}
