package jp.kyoten.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

/** A consultation of a company; guards the rules that make the KPI count right. */
@Entity
@Table(name = "consultation")
class Consultation {

	static final int SUMMARY_MAX = 10_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "hub_id", updatable = false)
	private long hubId;

	@Column(name = "company_id", updatable = false)
	private long companyId;

	@Column(name = "consulted_on")
	private LocalDate date;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	@Column(name = "referral_institution_id")
	private Long referralInstitutionId;

	@Enumerated(EnumType.STRING)
	@Column(name = "referral_source")
	private ReferralSource referralSource;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private String[] issues;

	private String summary;

	@Column(name = "follow_up_of", updatable = false)
	private Long followUpOf;

	@Column(name = "contact_id")
	private Long contactId;

	@Column(name = "contact_name")
	private String contactName;

	@Column(name = "staff_user_id")
	private Long staffUserId;

	@Column(name = "staff_name")
	private String staffName;

	@Column(name = "next_action")
	private String nextAction;

	@Column(name = "follow_up_on")
	private LocalDate followUpOn;

	@Column(name = "follow_up_done")
	private boolean followUpDone;

	/**
	 * The company's consent to share this record with the national HQ and other hubs
	 * (相談カルテ), with its form and day; changed by {@link #recordKarte}.
	 */
	@Column(name = "share_consent")
	private boolean shareConsent;

	@Enumerated(EnumType.STRING)
	@Column(name = "share_consent_form")
	private ConsentForm shareConsentForm;

	@Column(name = "share_consent_on")
	private LocalDate shareConsentOn;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "policy_areas")
	private String[] policyAreas = {};

	@Column(name = "origin_label", updatable = false)
	private String originLabel;

	@Column(name = "origin_path", updatable = false)
	private String originPath;

	@Column(name = "created_by", updatable = false)
	private String createdBy;

	@Column(name = "updated_at")
	private Instant updatedAt = Instant.now();

	@Column(name = "updated_by")
	private String updatedBy;

	@Version
	private int version;

	protected Consultation() {
	}

	/**
	 * @param earlier the consultation this one follows up, already loaded by the caller
	 * (null for a new one)
	 */
	Consultation(long hubId, NewConsultation c, Consultation earlier, String staffName, String actor) {
		if (c.followUpOf() != null) {
			if (earlier == null || earlier.companyId != c.companyId()) {
				throw new BusinessRuleException("consultation.followUp.otherCompany");
			}
			if (earlier.date.isAfter(c.date())) {
				throw new BusinessRuleException("consultation.followUp.beforeEarlier");
			}
		}
		this.hubId = hubId;
		this.companyId = c.companyId();
		this.followUpOf = c.followUpOf();
		this.originLabel = c.originLabel();
		this.originPath = c.originPath();
		this.createdBy = actor;
		apply(c, staffName, actor);
	}

	/**
	 * Changes what may change; the company and whether it is a follow-up stay as
	 * recorded.
	 */
	void revise(NewConsultation c, String staffName, String actor) {
		if (c.companyId() != companyId) {
			throw new BusinessRuleException("consultation.company.fixed");
		}
		apply(c, staffName, actor);
	}

	private void apply(NewConsultation c, String staffName, String actor) {
		if (c.summary() == null || c.summary().isBlank()) {
			throw new BusinessRuleException("consultation.summary.required");
		}
		if (c.date() == null || c.channel() == null) {
			throw new BusinessRuleException("consultation.dateAndChannel.required");
		}
		if (c.followUpOn() != null && c.followUpOn().isBefore(c.date())) {
			throw new BusinessRuleException("consultation.followUpOn.beforeDate");
		}
		this.date = c.date();
		this.channel = c.channel();
		this.referralInstitutionId = c.referral().institutionId();
		this.referralSource = c.referral().source();
		this.issues = c.issues().stream().map(Enum::name).sorted().toArray(String[]::new);
		this.summary = c.summary().strip();
		this.contactId = c.contactId();
		this.contactName = blankToNull(c.contactName());
		this.staffUserId = c.staffUserId();
		this.staffName = staffName;
		this.nextAction = blankToNull(c.nextAction());
		if (!java.util.Objects.equals(this.followUpOn, c.followUpOn())) {
			this.followUpDone = false;
		}
		this.followUpOn = c.followUpOn();
		this.updatedAt = Instant.now();
		this.updatedBy = actor;
	}

	void markFollowedUp(String actor) {
		this.followUpDone = true;
		this.updatedAt = Instant.now();
		this.updatedBy = actor;
	}

	/**
	 * Records the company's consent to share (or its withdrawal: form and day go with it)
	 * and the policy areas of the consultation record.
	 * @throws BusinessRuleException when consent is given without its form and day
	 */
	void recordKarte(boolean consent, ConsentForm form, LocalDate on, Set<PolicyArea> areas, String actor) {
		if (consent && (form == null || on == null)) {
			throw new BusinessRuleException("karte.consent.incomplete");
		}
		this.shareConsent = consent;
		this.shareConsentForm = consent ? form : null;
		this.shareConsentOn = consent ? on : null;
		this.policyAreas = areas.stream().map(Enum::name).sorted().toArray(String[]::new);
		this.updatedAt = Instant.now();
		this.updatedBy = actor;
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

	LocalDate getDate() {
		return date;
	}

	boolean isFollowUp() {
		return followUpOf != null;
	}

	Set<ManagementIssue> issues() {
		return Arrays.stream(issues)
			.map(ManagementIssue::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(ManagementIssue.class)));
	}

}
