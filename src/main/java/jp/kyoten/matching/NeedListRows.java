package jp.kyoten.matching;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import jp.kyoten.platform.time.HubTime;
import jp.kyoten.platform.web.ListPage;

/**
 * Turns a page of {@link Needs#page} into the rows the needs list prints: the job
 * category, employment form and status in the request's locale, the status badge as
 * {@code matching/fragments :: needStatus} draws it, the date as pages print dates and
 * the links with the context path. The labels are the template's former message keys, one
 * for one.
 */
@Component
class NeedListRows {

	private final MessageSource messages;

	NeedListRows(MessageSource messages) {
		this.messages = messages;
	}

	ListPage<NeedListRow> of(ListPage<NeedView> page, Locale locale, String contextPath) {
		String digital = label("need.digital", locale);
		String cxo = label("need.cxo", locale);
		return page.map(n -> new NeedListRow(n.id(), contextPath + "/needs/" + n.id(), n.title(),
				n.digital() ? digital : "", n.cxo() ? cxo : "", contextPath + "/companies/" + n.companyId(),
				n.companyName(), n.jobCategory() == null ? "" : label("jobCategory." + n.jobCategory().name(), locale),
				n.employmentForm() == null ? "" : label("employmentForm." + n.employmentForm().name(), locale),
				statusClass(n.status()), label("needStatus." + n.status().name(), locale),
				HubTime.date(n.learnedOn())));
	}

	/**
	 * As {@code matching/fragments :: needStatus}: placed green, open amber, closed grey.
	 */
	static String statusClass(NeedStatus status) {
		return status == NeedStatus.PLACED ? "badge badge--ok"
				: status.open() ? "badge badge--warning" : "badge badge--muted";
	}

	private String label(String code, Locale locale) {
		return messages.getMessage(code, null, locale);
	}

}
