package jp.kyoten.audit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit log in the reader's words: the kind of record by its name (「取り繋ぎ」, not
 * {@code handoff}) and the codes a summary carries ({@code → PUBLISHED}) by their labels
 * (「→ 公開」). The stored entry stays as it was written — the log is append-only — so
 * entries written before a label existed read well too.
 */
@Component
public class AuditWording {

	/**
	 * Where the labels of the codes a summary of this kind of record may carry live in
	 * the messages.
	 */
	private static final Map<String, List<String>> CODE_LABELS = Map.ofEntries(
			Map.entry("event", List.of("eventState.")), Map.entry("event_follow_up", List.of("followUpStatus.")),
			Map.entry("event_registration", List.of("audit.checkIn.", "registrationSource.")),
			Map.entry("handoff", List.of("handOffStatus.")), Map.entry("talent_need", List.of("needStatus.")),
			Map.entry("placement", List.of("employmentForm.")), Map.entry("referral", List.of("referralStatus.")),
			Map.entry("portal_inquiry", List.of("inquiry.status.")), Map.entry("user", List.of("role.")),
			Map.entry("institution", List.of("institutionKind.")), Map.entry("agency", List.of("agencyStatus.")),
			Map.entry("hub_kpi_target", List.of("kpi.")),
			// a list export's conditions are the list's filters (status=ACCEPTED
			// channel=PHONE …), of any list
			Map.entry("list",
					List.of("handOffStatus.", "needStatus.", "referralStatus.", "inquiry.status.", "agencyStatus.",
							"institutionKind.", "eventState.", "employmentForm.", "channel.", "issue.", "role.",
							"mail.status.", "jobCategory.")));

	private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");

	private final MessageSource messages;

	AuditWording(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The kind of record by its name; the table name itself when the messages have none.
	 */
	public String entityType(String type) {
		if (type == null || type.isBlank()) {
			return "";
		}
		return messages.getMessage("audit.entity." + type, null, type, locale());
	}

	/**
	 * The summary with each code that has a label for this kind of record replaced by
	 * that label.
	 */
	public String summary(String type, String summary) {
		if (summary == null || summary.isEmpty()) {
			return "";
		}
		List<String> prefixes = CODE_LABELS.getOrDefault(type, List.of());
		if (prefixes.isEmpty()) {
			return summary;
		}
		Locale locale = locale();
		Matcher m = CODE.matcher(summary);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String label = label(prefixes, m.group(), locale);
			m.appendReplacement(out, Matcher.quoteReplacement(label != null ? label : m.group()));
		}
		m.appendTail(out);
		return out.toString();
	}

	private String label(List<String> prefixes, String code, Locale locale) {
		for (String prefix : prefixes) {
			String label = messages.getMessage(prefix + code, null, null, locale);
			if (label != null) {
				return label;
			}
		}
		return null;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
