package jp.kyoten.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.NavigableMap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.web.Feedback;

/**
 * The hub manager sets the business calendar: closures (お盆, 年末年始, other days) and
 * business hours.
 */
@Controller
@RequestMapping("/schedule/closures")
@PreAuthorize(SchedulePermissions.MANAGER)
class ClosuresController {

	private final Clock clock;

	record ClosureForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
			@NotBlank @Size(max = 100) String label) {

		ClosureForm {
			label = FormText.trimmed(label);
		}

	}

	record HoursForm(@NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime opens,
			@NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime closes) {
	}

	private final BusinessCalendar calendar;

	private final ManageClosures closures;

	private final Feedback feedback;

	ClosuresController(BusinessCalendar calendar, ManageClosures closures, Feedback feedback, Clock clock) {
		this.clock = clock;
		this.calendar = calendar;
		this.closures = closures;
		this.feedback = feedback;
	}

	@GetMapping
	String show(@RequestParam(required = false) Integer year, Model model) {
		int y = year != null && year >= JapaneseHolidays.FIRST_YEAR && year <= JapaneseHolidays.LAST_YEAR ? year
				: LocalDate.now(clock).getYear();
		if (!model.containsAttribute("closureForm")) {
			model.addAttribute("closureForm", new ClosureForm(null, null, null));
		}
		if (!model.containsAttribute("hoursForm")) {
			BusinessHours hours = calendar.hours(HubScope.require());
			model.addAttribute("hoursForm", new HoursForm(hours.opens(), hours.closes()));
		}
		NavigableMap<LocalDate, String> holidays = JapaneseHolidays.of(y);
		model.addAttribute("year", y);
		model.addAttribute("holidays", holidays);
		model.addAttribute("closures",
				calendar.closuresBetween(HubScope.require(), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
		return "schedule/closures";
	}

	@PostMapping
	String add(@RequestParam int year, @Valid @ModelAttribute ClosureForm closureForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (feedback.accepted(result, Feedback.field("endsOn"),
				() -> closures.add(closureForm.startsOn(), closureForm.endsOn(), closureForm.label()))) {
			feedback.done(redirect, "closure.added", closureForm.label());
			return "redirect:/schedule/closures?year=" + closureForm.startsOn().getYear();
		}
		return show(year, model);
	}

	@PostMapping("/seasonal")
	String addSeasonal(@RequestParam int year, RedirectAttributes redirect) {
		if (year < JapaneseHolidays.FIRST_YEAR || year > JapaneseHolidays.LAST_YEAR) {
			feedback.refuse(redirect, "closure.badYear");
			return "redirect:/schedule/closures";
		}
		int added = closures.addSeasonal(year);
		feedback.done(redirect, "closure.seasonalAdded", added);
		return "redirect:/schedule/closures?year=" + year;
	}

	@PostMapping("/{id}/delete")
	String remove(@PathVariable long id, @RequestParam int year, RedirectAttributes redirect) {
		closures.remove(id);
		feedback.done(redirect, "closure.removed");
		return "redirect:/schedule/closures?year=" + year;
	}

	@PostMapping("/hours")
	String setHours(@RequestParam int year, @Valid @ModelAttribute HoursForm hoursForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && !hoursForm.closes().isAfter(hoursForm.opens())) {
			result.rejectValue("closes", "hours.closesBeforeOpens");
		}
		if (result.hasErrors()) {
			return show(year, model);
		}
		closures.setHours(hoursForm.opens(), hoursForm.closes());
		feedback.done(redirect, "hours.saved");
		return "redirect:/schedule/closures?year=" + year;
	}

}
