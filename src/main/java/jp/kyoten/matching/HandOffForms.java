package jp.kyoten.matching;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.directory.Places;
import jp.kyoten.hub.Prefectures;
import jp.kyoten.platform.web.Feedback;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.work.EmploymentForm;

/**
 * What the staff hand-off page and the agency portal share: the progress and placement
 * forms, the page's model, and submitting a report — saved and redirected to the page, or
 * shown again with the refusal by the field it concerns.
 */
@Component
class HandOffForms {

	/**
	 * One step: 受諾, 辞退, 面談, 候補者推薦, 選考中 or 不成約, with a note (the reason for 辞退 and 不成約).
	 */
	record ProgressForm(@NotNull HandOffStatus step, @Size(max = HandOff.NOTE_MAX) String note) {

		ProgressForm {
			note = FormText.trimmed(note);
		}

		static ProgressForm empty() {
			return new ProgressForm(null, null);
		}

	}

	/**
	 * 成約: contract date, start date, employment form, residence before and after, fee in
	 * yen.
	 */
	record PlacementForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate contractDate,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate, @NotNull EmploymentForm employmentForm,
			@Pattern(regexp = Residence.PREFECTURE) String beforePrefecture,
			@Pattern(regexp = Residence.MUNICIPALITY) String beforeMunicipality,
			@Pattern(regexp = Residence.PREFECTURE) String afterPrefecture,
			@Pattern(regexp = Residence.MUNICIPALITY) String afterMunicipality, @PositiveOrZero Long fee) {

		PlacementForm {
			beforePrefecture = FormText.halfWidth(beforePrefecture);
			// the municipality is typed by name (熊本市) or code; the code is what is kept
			beforeMunicipality = Places.municipalityCode(beforePrefecture, FormText.halfWidth(beforeMunicipality));
			afterPrefecture = FormText.halfWidth(afterPrefecture);
			afterMunicipality = Places.municipalityCode(afterPrefecture, FormText.halfWidth(afterMunicipality));
		}

		static PlacementForm empty(HandOffView handOff) {
			// a snapshot recorded without the employment form (older rows, rows made by
			// fixtures) leaves it to choose
			String provided = handOff.provided().employmentForm();
			return new PlacementForm(null, null, provided == null ? null : EmploymentForm.valueOf(provided), null, null,
					null, null, null);
		}

		PlacementReport report() {
			return new PlacementReport(contractDate, startDate, employmentForm,
					new Residence(beforePrefecture, beforeMunicipality),
					new Residence(afterPrefecture, afterMunicipality), fee);
		}

	}

	static final String VIEW = "matching/handoff";

	private final HandOffs handOffs;

	private final Placements placements;

	private final ReportHandOffProgress progress;

	private final ReportPlacement reportPlacement;

	private final Feedback feedback;

	private final RecordJoining recordJoining;

	private final AuditedViews audited;

	HandOffForms(HandOffs handOffs, Placements placements, ReportHandOffProgress progress,
			ReportPlacement reportPlacement, Feedback feedback, RecordJoining recordJoining, AuditedViews audited) {
		this.audited = audited;
		this.recordJoining = recordJoining;
		this.handOffs = handOffs;
		this.placements = placements;
		this.progress = progress;
		this.reportPlacement = reportPlacement;
		this.feedback = feedback;
	}

	/** The hand-off's page; {@code base} is its path, where its forms post. */
	String show(long id, String base, Model model) {
		page(handOffs.get(id), base, model);
		return VIEW;
	}

	/**
	 * Records a step; on success back to the page with a message, else the page again
	 * with the errors.
	 */
	String submitProgress(long id, String base, ProgressForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return submit(id, base, result, model, redirect, "handOff.progress.recorded", () -> record(id, form));
	}

	/**
	 * Reports the placement; {@code flashKey} thanks staff or the agency in its own
	 * words.
	 */
	String submitPlacement(long id, String base, PlacementForm form, BindingResult result, Model model,
			RedirectAttributes redirect, String flashKey) {
		return submit(id, base, result, model, redirect, flashKey, () -> reportPlacement.report(id, form.report()));
	}

	/**
	 * Records 実際の就職 of the hand-off's placement; a refusal comes back as a flash message
	 * on the page.
	 */
	String submitJoining(long id, String base, Joining status, LocalDate joinedOn, RedirectAttributes redirect) {
		PlacementView placement = placements.ofHandOff(handOffs.get(id).id())
			.orElseThrow(() -> new jp.kyoten.platform.RecordNotFoundException("placement of hand-off", id));
		return feedback.redirect(redirect, base, "placement.joined.saved",
				() -> recordJoining.record(placement.id(), status, joinedOn));
	}

	private String submit(long id, String base, BindingResult result, Model model, RedirectAttributes redirect,
			String flashKey, Runnable action) {
		HandOffView handOff = handOffs.get(id);
		if (feedback.accepted(result, HandOffForms::fieldOf, action)) {
			feedback.done(redirect, flashKey);
			return "redirect:" + base;
		}
		page(handOff, base, model);
		return VIEW;
	}

	/**
	 * The page shows what was provided to the agency and the placement: each showing is
	 * audited.
	 */
	private void page(HandOffView handOff, String base, Model model) {
		model.addAttribute("handOff", audited.handOff(handOff));
		model.addAttribute("steps", handOffs.progress(handOff.id()));
		model.addAttribute("placement", placements.ofHandOff(handOff.id()).map(audited::placement).orElse(null));
		model.addAttribute("base", base);
		model.addAttribute("progressSteps",
				new HandOffStatus[] { HandOffStatus.ACCEPTED, HandOffStatus.DECLINED, HandOffStatus.INTERVIEW,
						HandOffStatus.RECOMMENDED, HandOffStatus.IN_SELECTION, HandOffStatus.NOT_PLACED });
		model.addAttribute("employmentForms", EmploymentForm.values());
		model.addAttribute("prefectures", Prefectures.all());
		if (!model.containsAttribute("progressForm")) {
			model.addAttribute("progressForm", ProgressForm.empty());
		}
		if (!model.containsAttribute("placementForm")) {
			model.addAttribute("placementForm", PlacementForm.empty(handOff));
		}
		// the municipalities by name in the form's text fields: the code stays underneath
		PlacementForm form = (PlacementForm) model.getAttribute("placementForm");
		model.addAttribute("beforeMunicipalityName", Places.municipalityName(form.beforeMunicipality()));
		model.addAttribute("afterMunicipalityName", Places.municipalityName(form.afterMunicipality()));
	}

	/** Records the step the form names. */
	private void record(long handOffId, ProgressForm form) {
		switch (form.step()) {
			case ACCEPTED -> progress.accept(handOffId, form.note());
			case DECLINED -> progress.decline(handOffId, form.note());
			case NOT_PLACED -> progress.notPlaced(handOffId, form.note());
			default -> progress.progress(handOffId, form.step(), form.note());
		}
	}

	/**
	 * The field a refused report's message stands by; {@code null}: the form's own
	 * message.
	 */
	private static String fieldOf(String code) {
		return switch (code) {
			case "placement.startDate.beforeContract" -> "startDate";
			case "placement.contractDate.beforeHandOff" -> "contractDate";
			case "placement.residence.invalid" -> "afterMunicipality";
			case "handOff.reason.required" -> "note";
			default -> null;
		};
	}

}
