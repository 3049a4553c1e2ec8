package jp.kyoten.activity;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import jp.kyoten.platform.time.HubTime;
import jp.kyoten.platform.web.ListPage;

/**
 * Turns a page of {@link Consultations#page} into the rows the list prints: the labels of
 * the kind, channel and issues in the request's locale, the dates as pages print them and
 * the links with the context path. The labels are the template's former message keys, one
 * for one.
 */
@Component
class ConsultationListRows {

	private final MessageSource messages;

	ConsultationListRows(MessageSource messages) {
		this.messages = messages;
	}

	ListPage<ConsultationListRow> of(ListPage<ConsultationView> page, Locale locale, String contextPath) {
		String followUp = label("consultation.kind.followUp", locale);
		String fresh = label("consultation.kind.new", locale);
		return page.map(c -> new ConsultationListRow(c.id(), contextPath + "/consultations/" + c.id(),
				HubTime.date(c.date()), contextPath + "/companies/" + c.companyId(), c.companyName(), c.isFollowUp(),
				c.isFollowUp() ? followUp : fresh, label("channel." + c.channel().name(), locale),
				c.issues().stream().map(i -> label("issue." + i.name(), locale)).collect(Collectors.joining("、")),
				c.staffName(), c.followUpOn() != null && !c.followUpDone() ? HubTime.date(c.followUpOn()) : ""));
	}

	private String label(String code, Locale locale) {
		return messages.getMessage(code, null, locale);
	}

}
