package jp.kyoten.hub;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.tenancy.HubScope;

/** The hub manager sets the hub's KPI targets for each fiscal year (年度). */
@Controller
@RequestMapping("/hub/targets")
@PreAuthorize("hasRole('HUB_MANAGER')")
class KpiTargetsController {

	private final Clock clock;

	private final Hubs hubs;

	private final AuditTrail audit;

	KpiTargetsController(Hubs hubs, AuditTrail audit, Clock clock) {
		this.clock = clock;
		this.hubs = hubs;
		this.audit = audit;
	}

	@GetMapping
	String show(@RequestParam(required = false) Integer year, Model model) {
		int fiscalYear = year != null ? year : Hubs.fiscalYearOf(LocalDate.now(clock));
		model.addAttribute("year", fiscalYear);
		model.addAttribute("reiwa", fiscalYear - 2018);
		model.addAttribute("kpis", Indicator.of(hubs.kindOf(HubScope.require())));
		Map<String, Integer> targets = new java.util.HashMap<>();
		hubs.indicatorTargets(HubScope.require(), fiscalYear)
			.forEach((indicator, target) -> targets.put(indicator.name(), target));
		model.addAttribute("targets", targets);
		return "hub/targets";
	}

	@PostMapping
	String save(@RequestParam int year, @RequestParam Map<String, String> values, RedirectAttributes redirect) {
		if (year < 2000 || year > 2100) {
			redirect.addFlashAttribute("flashErrorKey", "hub.targets.badYear");
			return "redirect:/hub/targets";
		}
		Map<Indicator, Integer> parsed = new EnumMap<>(Indicator.class);
		for (Indicator kpi : Indicator.of(hubs.kindOf(HubScope.require()))) {
			String raw = values.getOrDefault("target_" + kpi.name(), "").strip();
			if (raw.isEmpty()) {
				continue;
			}
			String digits = java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFKC).replace(",", "");
			if (!digits.matches("\\d{1,6}") || kpi.percent() && Integer.parseInt(digits) > 100) {
				redirect.addFlashAttribute("flashErrorKey", "hub.targets.badNumber");
				return "redirect:/hub/targets?year=" + year;
			}
			parsed.put(kpi, Integer.parseInt(digits));
		}
		long hubId = HubScope.require();
		parsed.forEach((kpi, target) -> hubs.setTarget(hubId, year, kpi, target));
		audit.updated("hub_kpi_target", hubId + "/" + year, parsed.toString());
		redirect.addFlashAttribute("flashKey", "hub.targets.saved");
		return "redirect:/hub/targets?year=" + year;
	}

}
