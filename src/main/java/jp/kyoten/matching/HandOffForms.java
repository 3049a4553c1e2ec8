package jp.kyoten.matching;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import jp.kyoten.agency.EmploymentForm;
import jp.kyoten.hub.Prefectures;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.web.FormText;

/**
 * What the staff hand-off page and the agency portal share: the progress and placement forms, the page's model and
 * where a refused report's message belongs on the form.
 */
final class HandOffForms {

	/** One step: 受諾, 辞退, 面談, 候補者推薦, 選考中 or 不成約, with a note (the reason for 辞退 and 不成約). */
	record ProgressForm(@NotNull HandOffStatus step, @Size(max = HandOff.NOTE_MAX) String note) {

		ProgressForm {
			note = FormText.trimmed(note);
		}

		static ProgressForm empty() {
			return new ProgressForm(null, null);
		}

	}

	/** 成約: contract date, start date, employment form, residence before and after, fee in yen. */
	record PlacementForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate contractDate,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate, @NotNull EmploymentForm employmentForm,
			@Pattern(regexp = Residence.PREFECTURE) String beforePrefecture,
			@Pattern(regexp = Residence.MUNICIPALITY) String beforeMunicipality,
			@Pattern(regexp = Residence.PREFECTURE) String afterPrefecture,
			@Pattern(regexp = Residence.MUNICIPALITY) String afterMunicipality, @PositiveOrZero Long fee) {

		PlacementForm {
			beforePrefecture = FormText.halfWidth(beforePrefecture);
			beforeMunicipality = FormText.halfWidth(beforeMunicipality);
			afterPrefecture = FormText.halfWidth(afterPrefecture);
			afterMunicipality = FormText.halfWidth(afterMunicipality);
		}

		static PlacementForm empty(HandOffView handOff) {
			return new PlacementForm(null, null, EmploymentForm.valueOf(handOff.provided().employmentForm()), null,
					null, null, null, null);
		}

		PlacementReport report() {
			return new PlacementReport(contractDate, startDate, employmentForm,
					new Residence(beforePrefecture, beforeMunicipality), new Residence(afterPrefecture, afterMunicipality),
					fee);
		}

	}

	private HandOffForms() {
	}

	/** The hand-off page's model; {@code base} is where its forms post ("/handoffs/1" or "/agency-portal/handoffs/1"). */
	static void page(HandOffView handOff, HandOffs handOffs, Placements placements, String base, Model model) {
		model.addAttribute("handOff", handOff);
		model.addAttribute("steps", handOffs.progress(handOff.id()));
		model.addAttribute("placement", placements.ofHandOff(handOff.id()).orElse(null));
		model.addAttribute("base", base);
		model.addAttribute("progressSteps", new HandOffStatus[] { HandOffStatus.ACCEPTED, HandOffStatus.DECLINED,
				HandOffStatus.INTERVIEW, HandOffStatus.RECOMMENDED, HandOffStatus.IN_SELECTION, HandOffStatus.NOT_PLACED });
		model.addAttribute("employmentForms", EmploymentForm.values());
		model.addAttribute("prefectures", Prefectures.all());
		if (!model.containsAttribute("progressForm")) {
			model.addAttribute("progressForm", ProgressForm.empty());
		}
		if (!model.containsAttribute("placementForm")) {
			model.addAttribute("placementForm", PlacementForm.empty(handOff));
		}
	}

	/** Records the step the form names. */
	static void record(ReportHandOffProgress progress, long handOffId, ProgressForm form) {
		switch (form.step()) {
			case ACCEPTED -> progress.accept(handOffId, form.note());
			case DECLINED -> progress.decline(handOffId, form.note());
			case NOT_PLACED -> progress.notPlaced(handOffId, form.note());
			default -> progress.progress(handOffId, form.step(), form.note());
		}
	}

	/** Puts a refused placement report's message by the field it concerns. */
	static void reject(BindingResult result, BusinessRuleException ex) {
		switch (ex.messageKey()) {
			case "placement.startDate.beforeContract" -> result.rejectValue("startDate", ex.messageKey());
			case "placement.contractDate.beforeHandOff" ->
				result.rejectValue("contractDate", ex.messageKey(), ex.arguments(), null);
			case "placement.residence.invalid" -> result.rejectValue("afterMunicipality", ex.messageKey());
			case "handOff.reason.required" -> result.rejectValue("note", ex.messageKey());
			default -> result.reject(ex.messageKey(), ex.arguments(), null);
		}
	}

}
