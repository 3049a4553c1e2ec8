package jp.kyoten.activity;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import jp.kyoten.platform.web.FormText;

/**
 * The consultation form, for the phone desk's quick entry and the full record alike. The
 * referral is one choice: {@code I<id>} for a support institution or {@code S<code>} for
 * another source, so that it cannot be both.
 */
record ConsultationForm(@NotNull Long companyId, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
		@NotNull Channel channel, String referral, List<ManagementIssue> issues,
		@jakarta.validation.constraints.NotBlank @Size(max = Consultation.SUMMARY_MAX) String summary, Long followUpOf,
		@Size(max = 100) String contactName, Long staffUserId, @Size(max = 1000) String nextAction,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate followUpOn, Integer version) {

	ConsultationForm {
		summary = FormText.trimmed(summary);
		contactName = FormText.trimmed(contactName);
		nextAction = FormText.trimmed(nextAction);
		referral = FormText.trimmed(referral);
	}

	static ConsultationForm quick(Long companyId, Long followUpOf, LocalDate today, Long staffUserId) {
		return new ConsultationForm(companyId, today, Channel.PHONE, null, List.of(), null, followUpOf, null,
				staffUserId, null, null, null);
	}

	static ConsultationForm of(ConsultationView v) {
		String referral = v.referral().institutionId() != null ? "I" + v.referral().institutionId()
				: v.referral().source() != null ? "S" + v.referral().source().name() : null;
		return new ConsultationForm(v.companyId(), v.date(), v.channel(), referral, v.issues(), v.summary(),
				v.followUpOf(), v.contactName(), v.staffUserId(), v.nextAction(), v.followUpOn(), null);
	}

	/**
	 * @throws IllegalArgumentException for a referral value no form offers
	 */
	Referral toReferral() {
		if (referral == null) {
			return Referral.NONE;
		}
		if (referral.startsWith("I")) {
			return Referral.institution(Long.parseLong(referral.substring(1)));
		}
		if (referral.startsWith("S")) {
			return Referral.source(ReferralSource.valueOf(referral.substring(1)));
		}
		throw new IllegalArgumentException("referral " + referral);
	}

	NewConsultation toNew() {
		Set<ManagementIssue> codes = issues == null || issues.isEmpty() ? Set.of() : EnumSet.copyOf(issues);
		return new NewConsultation(companyId, date, channel, toReferral(), codes, summary, followUpOf, null,
				contactName, staffUserId, nextAction, followUpOn, null, null);
	}

}
