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

import org.hibernate.annotations.ColumnTransformer;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import jp.kyoten.platform.BusinessRuleException;

/**
 * A need handed to one agency the company chose (取り繋ぎ). Created ({@link #handedOff}) with
 * its provided-data record by {@link HandOffNeed}; the agency's answer, its progress and
 * the outcome change it only through the methods below. Its row is written only through
 * this entity (ADR 211, ADR 245): inserted and changed alike, so that its version sees
 * every write.
 */
@Entity
@Table(name = "handoff")
class HandOff {

	/** One step to write to handoff_progress. */
	record Step(HandOffStatus status, String note) {
	}

	static final int NOTE_MAX = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "hub_id", updatable = false)
	private long hubId;

	@Column(name = "need_id", updatable = false)
	private long needId;

	@Column(name = "company_id", updatable = false)
	private long companyId;

	@Column(name = "agency_id", updatable = false)
	private long agencyId;

	@Column(name = "selection_sheet_id", updatable = false)
	private long selectionSheetId;

	/** Who at the company chose: never made by the system. */
	@Column(name = "chosen_by", updatable = false)
	private String chosenBy;

	@Enumerated(EnumType.STRING)
	@Column(name = "choice_method", updatable = false)
	private ChoiceMethod choiceMethod;

	@Column(name = "chosen_on", updatable = false)
	private LocalDate chosenOn;

	/** 第三者提供の記録: the snapshot given to the agency, as JSON; never changed. */
	@Column(name = "provided_data", updatable = false)
	@ColumnTransformer(write = "?::jsonb")
	private String providedData;

	@Column(name = "provided_by", updatable = false)
	private String providedBy;

	@Enumerated(EnumType.STRING)
	private HandOffStatus status;

	@Column(name = "status_changed_at")
	private Instant statusChangedAt;

	@Column(name = "not_placed_reason")
	private String notPlacedReason;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private int version;

	@Transient
	private final List<Step> steps = new ArrayList<>();

	protected HandOff() {
	}

	/**
	 * The need handed to one agency on the company's choice, with the data provided to
	 * it: 取り繋ぎ済, its first step waiting to be written to the progress.
	 */
	static HandOff handedOff(long hubId, long needId, long companyId, CompanyChoice choice, long agencyId,
			String providedData, String providedBy) {
		HandOff handOff = new HandOff();
		handOff.hubId = hubId;
		handOff.needId = needId;
		handOff.companyId = companyId;
		handOff.selectionSheetId = choice.selectionSheetId();
		handOff.agencyId = agencyId;
		handOff.chosenBy = choice.chosenBy().strip();
		handOff.choiceMethod = choice.method();
		handOff.chosenOn = choice.chosenOn();
		handOff.providedData = providedData;
		handOff.providedBy = providedBy;
		handOff.move(HandOffStatus.HANDED_OFF, null);
		return handOff;
	}

	/** 受諾 */
	void accept(String note) {
		if (status != HandOffStatus.HANDED_OFF) {
			throw refused(HandOffStatus.ACCEPTED);
		}
		move(HandOffStatus.ACCEPTED, note);
	}

	/** 辞退; a reason is required. */
	void decline(String reason) {
		if (status != HandOffStatus.HANDED_OFF && status != HandOffStatus.ACCEPTED) {
			throw refused(HandOffStatus.DECLINED);
		}
		requireReason(reason);
		this.notPlacedReason = reason.strip();
		move(HandOffStatus.DECLINED, reason);
	}

	/** 面談, 候補者推薦 or 選考中, with a note. */
	void progress(HandOffStatus step, String note) {
		if (!HandOffStatus.progressSteps().contains(step)) {
			throw new BusinessRuleException("handOff.progress.notAStep");
		}
		if (status.closed()) {
			throw refused(step);
		}
		move(step, note);
	}

	/** A placement was reported on this hand-off: 成約 (to be confirmed by staff). */
	void placed() {
		if (status.closed()) {
			throw refused(HandOffStatus.PLACED);
		}
		move(HandOffStatus.PLACED, null);
	}

	/** 不成約, with a reason. */
	void notPlaced(String reason) {
		if (status.closed()) {
			throw refused(HandOffStatus.NOT_PLACED);
		}
		requireReason(reason);
		this.notPlacedReason = reason.strip();
		move(HandOffStatus.NOT_PLACED, reason);
	}

	private void move(HandOffStatus target, String note) {
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > NOTE_MAX) {
			throw new BusinessRuleException("handOff.note.tooLong", NOTE_MAX);
		}
		steps.add(new Step(target, text));
		this.status = target;
		this.statusChangedAt = Instant.now();
		this.updatedAt = statusChangedAt;
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("handOff.reason.required");
		}
	}

	private BusinessRuleException refused(HandOffStatus target) {
		return new BusinessRuleException("handOff.status.illegal",
				new DefaultMessageSourceResolvable("handOffStatus." + status),
				new DefaultMessageSourceResolvable("handOffStatus." + target));
	}

	List<Step> takeSteps() {
		List<Step> taken = List.copyOf(steps);
		steps.clear();
		return taken;
	}

	Long getId() {
		return id;
	}

	long getHubId() {
		return hubId;
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

	LocalDate getChosenOn() {
		return chosenOn;
	}

	HandOffStatus getStatus() {
		return status;
	}

}
