package jp.kyoten.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.time.HubTime;
import jp.kyoten.platform.web.Feedback;

/**
 * 保存期間: the period per kind of record, what the next run erases, the runs so far, and
 * today's run by hand.
 */
@Controller
@RequestMapping("/privacy/retention")
@PreAuthorize(PrivacyRoles.KEEPERS)
class RetentionController {

	private final EraseExpiredRecords retention;

	private final Feedback feedback;

	private final Clock clock;

	RetentionController(EraseExpiredRecords retention, Feedback feedback, Clock clock) {
		this.retention = retention;
		this.feedback = feedback;
		this.clock = clock;
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("retention", retention.overview(currentDay()));
		model.addAttribute("yearChoices", List.of(1, 2, 3, 5, 10));
		return "privacy/retention";
	}

	@PostMapping("/{kind}")
	String set(@PathVariable String kind, @RequestParam(required = false) String years, RedirectAttributes redirect) {
		RetentionKind k;
		try {
			k = RetentionKind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			throw new RecordNotFoundException("retention kind", kind);
		}
		return feedback.redirect(redirect, "/privacy/retention", "retention.saved", () -> {
			Integer y;
			try {
				y = years == null || years.isBlank() ? null : Integer.valueOf(years);
			}
			catch (NumberFormatException ex) {
				throw new BusinessRuleException("retention.years.invalid");
			}
			retention.setPeriod(k, y);
		});
	}

	@PostMapping("/run")
	String run(RedirectAttributes redirect) {
		Map<RetentionKind, List<Long>> erased = retention.run(currentDay()).orElse(null);
		if (erased == null) {
			feedback.refuse(redirect, "retention.alreadyRun");
		}
		else {
			redirect.addFlashAttribute("flash",
					feedback.say("retention.ran", erased.values().stream().mapToInt(List::size).sum()));
		}
		return "redirect:/privacy/retention";
	}

	private LocalDate currentDay() {
		return LocalDate.now(clock.withZone(HubTime.ZONE));
	}

}
