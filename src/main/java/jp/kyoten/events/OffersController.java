package jp.kyoten.events;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.web.Feedback;

/**
 * The follow-up records each offer of a participant company: which event, when, the
 * talent where known.
 */
@Controller
@RequestMapping("/events/follow-up/{companyId}/offers")
@PreAuthorize(EventPermissions.PLANNERS)
class OffersController {

	private final RecordOffer offers;

	private final Feedback feedback;

	private final java.time.Clock clock;

	OffersController(RecordOffer offers, Feedback feedback, java.time.Clock clock) {
		this.clock = clock;
		this.offers = offers;
		this.feedback = feedback;
	}

	@GetMapping
	String show(@PathVariable long companyId, Model model) {
		var events = offers.eventsOf(companyId);
		if (events.isEmpty()) {
			throw new RecordNotFoundException("participant company", companyId);
		}
		model.addAttribute("companyId", companyId);
		model.addAttribute("events", events);
		model.addAttribute("offers", offers.ofCompany(companyId));
		model.addAttribute("today", LocalDate.now(clock));
		return "events/offers";
	}

	@PostMapping
	String record(@PathVariable long companyId, @RequestParam long eventId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate offeredOn,
			@RequestParam(required = false) String talentName, @RequestParam(defaultValue = "false") boolean hired,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		if (feedback.accepted(redirect, () -> {
			offers.record(new RecordOffer.NewOffer(companyId, eventId, offeredOn, talentName, hired, note),
					RecordOffer.Source.FOLLOW_UP);
		})) {
			feedback.done(redirect, "offer.saved");
		}
		return "redirect:/events/follow-up/" + companyId + "/offers";
	}

}
