package jp.kyoten.activity;

import java.time.LocalDate;

/** What a consultation list asks for; every part is optional. */
public record ConsultationFilter(LocalDate from, LocalDate to, Long companyId, Long staffUserId, Channel channel,
		ManagementIssue issue, Boolean followUp) {

	public static ConsultationFilter none() {
		return new ConsultationFilter(null, null, null, null, null, null, null);
	}

}
