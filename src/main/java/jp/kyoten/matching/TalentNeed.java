package jp.kyoten.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import jp.kyoten.activity.Referral;
import jp.kyoten.activity.ReferralSource;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * A talent need (求人ニーズ) of a company, born from one of its consultations. Its status
 * changes only through the methods below, which refuse what the status flow does not
 * allow and remember each change for the history.
 */
@Entity
@Table(name = "talent_need")
class TalentNeed {

	/**
	 * A status change, written to talent_need_status_history by the use case that caused
	 * it.
	 */
	record StatusChange(NeedStatus from, NeedStatus to, String reason) {
	}

	static final int REASON_MAX = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "hub_id", updatable = false)
	private long hubId;

	@Column(name = "company_id", updatable = false)
	private long companyId;

	@Column(name = "consultation_id", updatable = false)
	private long consultationId;

	private String title;

	@Enumerated(EnumType.STRING)
	@Column(name = "job_category")
	private JobCategory jobCategory;

	@Enumerated(EnumType.STRING)
	@Column(name = "employment_form")
	private EmploymentForm employmentForm;

	private boolean digital;

	private boolean cxo;

	@Column(name = "referral_institution_id")
	private Long referralInstitutionId;

	@Enumerated(EnumType.STRING)
	@Column(name = "referral_source")
	private ReferralSource referralSource;

	private String description;

	private String conditions;

	@Enumerated(EnumType.STRING)
	private NeedStatus status;

	@Column(name = "status_changed_at")
	private Instant statusChangedAt;

	@Column(name = "follow_up_on")
	private LocalDate followUpOn;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "created_by", updatable = false)
	private String createdBy;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	@Version
	private int version;

	@Transient
	private final List<StatusChange> changes = new ArrayList<>();

	protected TalentNeed() {
	}

	/**
	 * @param learnedAt when the hub learned of the need: now, or earlier for a record
	 * entered afterwards
	 */
	TalentNeed(long hubId, long companyId, long consultationId, NeedDetails details, Instant learnedAt, String actor) {
		this.hubId = hubId;
		this.companyId = companyId;
		this.consultationId = consultationId;
		this.status = NeedStatus.PROSPECTING;
		this.statusChangedAt = learnedAt;
		this.createdAt = learnedAt;
		this.createdBy = actor;
		apply(details, actor);
		this.updatedAt = learnedAt;
		changes.add(new StatusChange(null, NeedStatus.PROSPECTING, null));
	}

	void revise(NeedDetails details, String actor) {
		apply(details, actor);
	}

	private void apply(NeedDetails d, String actor) {
		if (d.title() == null || d.title().isBlank()) {
			throw new BusinessRuleException("need.title.required");
		}
		if (d.jobCategory() == null || d.employmentForm() == null) {
			throw new BusinessRuleException("need.categoryAndForm.required");
		}
		this.title = d.title().strip();
		this.jobCategory = d.jobCategory();
		this.employmentForm = d.employmentForm();
		this.digital = d.digital();
		this.cxo = d.cxo();
		Referral referral = d.referral() == null ? Referral.NONE : d.referral();
		this.referralInstitutionId = referral.institutionId();
		this.referralSource = referral.source();
		this.description = blankToNull(d.description());
		this.conditions = blankToNull(d.conditions());
		this.followUpOn = d.followUpOn();
		this.updatedAt = Instant.now();
		this.updatedBy = actor;
	}

	/**
	 * A selection sheet was made: 事業者選定中, unless the need is already further on. Refused
	 * once closed.
	 */
	void startSelection(String actor) {
		if (!status.open()) {
			throw new BusinessRuleException("need.closed.sheet", label(status));
		}
		if (status == NeedStatus.PROSPECTING || status == NeedStatus.DEFINED) {
			move(NeedStatus.SELECTING, null, actor);
		}
	}

	/**
	 * The company chose agencies on a sheet: 取り繋ぎ済. Refused before a sheet and once
	 * closed.
	 */
	void handOff(String actor) {
		if (!status.open()) {
			throw new BusinessRuleException("need.closed.handOff", label(status));
		}
		if (status == NeedStatus.PROSPECTING || status == NeedStatus.DEFINED) {
			throw new BusinessRuleException("need.handOff.noSheet");
		}
		if (status == NeedStatus.SELECTING) {
			move(NeedStatus.HANDED_OFF, null, actor);
		}
	}

	/**
	 * Staff confirmed a placement of this need: 成約. Refused for a need withdrawn or
	 * closed without one.
	 */
	void placed(String actor) {
		if (status == NeedStatus.PLACED) {
			return;
		}
		if (status != NeedStatus.HANDED_OFF && status != NeedStatus.IN_SELECTION && status != NeedStatus.NOT_PLACED) {
			throw new BusinessRuleException("need.placed.notHandedOff", label(status));
		}
		move(NeedStatus.PLACED, null, actor);
	}

	/** A change staff make by hand (確定, 選考中, 不成約, 取下げ, 再開); 不成約 and 取下げ need a reason. */
	void changeStatus(NeedStatus target, String reason, String actor) {
		if (!NeedStatus.manual().contains(target)) {
			throw new BusinessRuleException("need.status.notManual", label(target));
		}
		if ((target == NeedStatus.NOT_PLACED || target == NeedStatus.WITHDRAWN)
				&& (reason == null || reason.isBlank())) {
			throw new BusinessRuleException("need.status.reasonRequired", label(target));
		}
		move(target, reason, actor);
	}

	private void move(NeedStatus target, String reason, String actor) {
		if (!status.next().contains(target)) {
			throw new BusinessRuleException("need.status.illegal", label(status), label(target));
		}
		String why = blankToNull(reason);
		if (why != null && why.length() > REASON_MAX) {
			why = why.substring(0, REASON_MAX);
		}
		changes.add(new StatusChange(status, target, why));
		this.status = target;
		this.statusChangedAt = Instant.now();
		this.updatedAt = statusChangedAt;
		this.updatedBy = actor;
	}

	/**
	 * The changes made since the need was loaded, in order; cleared by the caller once
	 * written.
	 */
	List<StatusChange> takeChanges() {
		List<StatusChange> taken = List.copyOf(changes);
		changes.clear();
		return taken;
	}

	private static DefaultMessageSourceResolvable label(NeedStatus status) {
		return new DefaultMessageSourceResolvable("needStatus." + status);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	Long getId() {
		return id;
	}

	long getHubId() {
		return hubId;
	}

	long getCompanyId() {
		return companyId;
	}

	long getConsultationId() {
		return consultationId;
	}

	String getTitle() {
		return title;
	}

	JobCategory getJobCategory() {
		return jobCategory;
	}

	EmploymentForm getEmploymentForm() {
		return employmentForm;
	}

	boolean isDigital() {
		return digital;
	}

	boolean isCxo() {
		return cxo;
	}

	String getDescription() {
		return description;
	}

	String getConditions() {
		return conditions;
	}

	NeedStatus getStatus() {
		return status;
	}

	int getVersion() {
		return version;
	}

}
