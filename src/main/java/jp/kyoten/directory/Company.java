package jp.kyoten.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.ActingUser;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * 企業: one company in one hub's directory. Its matching columns (name_key, search_text,
 * search_grams) are derived from name and kana by {@link JapaneseText} on every save. A
 * company merged into another stays as a pointer to it.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "company")
class Company {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "hub_id", updatable = false)
	private long hubId;

	@Column(name = "corporate_number")
	private String corporateNumber;

	private String name;

	@Column(name = "name_kana")
	private String nameKana;

	@Enumerated(EnumType.STRING)
	@Column(name = "legal_form")
	private LegalForm legalForm;

	@Column(name = "postal_code")
	private String postalCode;

	@Column(name = "prefecture_code")
	private String prefectureCode;

	@Column(name = "municipality_code")
	private String municipalityCode;

	private String address;

	private String industry;

	private Integer employees;

	private Long capital;

	private String representative;

	@Column(name = "main_bank")
	private String mainBank;

	@Column(name = "main_bank_institution_id")
	private Long mainBankInstitutionId;

	private String phone;

	private String url;

	private boolean sme;

	@Column(name = "small_business")
	private boolean smallBusiness;

	private boolean startup;

	@Column(name = "declared_100oku")
	private boolean declared100oku;

	@Column(name = "regional_future_leader")
	private boolean regionalFutureLeader;

	private boolean closed;

	@Column(name = "closed_on")
	private LocalDate closedOn;

	/**
	 * KPI 5 override: the company's own answer on earlier side-job talent; null = the
	 * hub's records decide.
	 */
	@Column(name = "prior_side_job_use")
	private Boolean priorSideJobUse;

	@Column(name = "merged_into_id")
	private Long mergedIntoId;

	private String notes;

	@Column(name = "manually_edited_fields")
	private String[] manuallyEditedFields = new String[0];

	@Column(name = "name_key")
	private String nameKey;

	@Column(name = "search_text")
	private String searchText;

	/**
	 * The index keys of the name's and kana's grams ({@link JapaneseText#searchCodes}).
	 */
	@Column(name = "search_grams")
	private int[] searchGrams;

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

	protected Company() {
	}

	Company(CompanyData data) {
		this.hubId = HubScope.require();
		apply(data);
	}

	/** Takes the given values; the caller records which fields were edited by hand. */
	void apply(CompanyData data) {
		this.corporateNumber = data.corporateNumber();
		this.name = data.name();
		this.nameKana = data.nameKana();
		this.legalForm = data.legalForm();
		this.postalCode = data.postalCode();
		this.prefectureCode = data.prefectureCode();
		this.municipalityCode = data.municipalityCode();
		this.address = data.address();
		this.industry = data.industry();
		this.employees = data.employees();
		this.capital = data.capital();
		this.representative = data.representative();
		this.mainBank = data.mainBank();
		this.phone = data.phone();
		this.url = data.url();
		this.sme = data.sme();
		this.smallBusiness = data.smallBusiness();
		this.startup = data.startup();
		this.declared100oku = data.declared100oku();
		this.regionalFutureLeader = data.regionalFutureLeader();
		this.closed = data.closed();
		this.closedOn = data.closed() ? data.closedOn() : null;
		this.notes = data.notes();
	}

	CompanyData data() {
		return new CompanyData(corporateNumber, name, nameKana, legalForm, postalCode, prefectureCode, municipalityCode,
				address, industry, employees, capital, representative, mainBank, phone, url, sme, smallBusiness,
				startup, declared100oku, regionalFutureLeader, closed, closedOn, notes);
	}

	/**
	 * Remembers that staff set these fields by hand, so that a registry import leaves
	 * them alone.
	 */
	void markEditedByHand(Collection<String> columns) {
		if (columns.isEmpty()) {
			return;
		}
		Set<String> all = new LinkedHashSet<>(List.of(manuallyEditedFields));
		all.addAll(columns);
		this.manuallyEditedFields = all.toArray(String[]::new);
	}

	/**
	 * This record is a duplicate of {@code survivor}: from now on it only points there.
	 */
	void mergeInto(Company survivor) {
		if (survivor.id.equals(id)) {
			throw new BusinessRuleException("company.merge.same");
		}
		if (isMerged() || survivor.isMerged()) {
			throw new BusinessRuleException("company.merge.alreadyMerged");
		}
		this.mergedIntoId = survivor.id;
	}

	boolean isMerged() {
		return mergedIntoId != null;
	}

	/**
	 * Who and when: Spring Data auditing ({@code ActingUserAuditing}); the search columns
	 * follow the name here.
	 */
	@PrePersist
	@PreUpdate
	void beforeSave() {
		this.nameKey = JapaneseText.normalize(name);
		this.searchText = JapaneseText.searchText(name, nameKana);
		this.searchGrams = JapaneseText.searchCodes(name, nameKana);
	}

	CompanyView view() {
		return new CompanyView(id, corporateNumber, name, nameKana, legalForm, postalCode, prefectureCode,
				municipalityCode, address, industry, employees, capital, representative, mainBank,
				mainBankInstitutionId, phone, url, sme, smallBusiness, startup, declared100oku, regionalFutureLeader,
				closed, closedOn, mergedIntoId, notes, List.of(manuallyEditedFields), createdAt, createdBy, updatedAt,
				updatedBy, version, priorSideJobUse);
	}

	void answerPriorSideJobUse(Boolean answer) {
		this.priorSideJobUse = answer;
	}

	Boolean getPriorSideJobUse() {
		return priorSideJobUse;
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

	String getCorporateNumber() {
		return corporateNumber;
	}

	Long getMergedIntoId() {
		return mergedIntoId;
	}

	long getVersion() {
		return version;
	}

}
