package jp.kyoten.audit;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.Actor;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.web.ListParams;

/**
 * Managers and the prefecture's officers browse their hub's audit log (another hub's: not
 * found); the system admin browses all, or one hub's. Nobody can change it.
 */
@Controller
class AuditLogController {

	private final AuditLogQuery query;

	AuditLogController(AuditLogQuery query) {
		this.query = query;
	}

	@GetMapping("/audit")
	String browse(@AuthenticationPrincipal Actor actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) AuditAction action, @RequestParam(required = false) String who,
			@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) String q, @RequestParam(required = false) Long hub, ListParams list,
			HttpServletRequest request, Model model) {
		Long scope = actor.hubId();
		if (hub != null && scope != null && !hub.equals(scope)) {
			throw new RecordNotFoundException("hub", hub);
		}
		if (scope == null) {
			scope = hub;
		}
		var filter = new AuditLogQuery.Filter(from, to, action, who, entityType, entityId, FormText.trimmed(q));
		model.addAttribute("filter", filter);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("entries",
				query.find(scope, filter, list.request(AuditLogQuery.SORTING), ListParams.baseUrl(request)));
		return "audit/list";
	}

}
