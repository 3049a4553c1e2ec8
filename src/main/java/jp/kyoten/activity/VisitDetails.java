package jp.kyoten.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import jp.kyoten.platform.web.FormText;

/**
 * A company visit (企業訪問記録): who went, whom they met, what was discussed, the next action.
 * Recorded from its appointment in one step ({@code appointmentId}), or on its own;
 * {@code asConsultation} also records it as a consultation (channel 訪問) with the given
 * issues and referral.
 */
public record VisitDetails(Long companyId, Long appointmentId,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn, List<Long> staffUserIds,
		@Size(max = 300) String metWith, @NotBlank @Size(max = Consultation.SUMMARY_MAX) String discussed,
		@Size(max = 1000) String nextAction, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate followUpOn,
		Boolean asConsultation, List<ManagementIssue> issues, Long followUpOf) {

	public VisitDetails {
		staffUserIds = staffUserIds == null ? List.of() : List.copyOf(staffUserIds);
		metWith = FormText.trimmed(metWith);
		discussed = FormText.trimmed(discussed);
		nextAction = FormText.trimmed(nextAction);
		asConsultation = Boolean.TRUE.equals(asConsultation);
		issues = issues == null ? List.of() : List.copyOf(issues);
	}

	VisitDetails forCompany(long company) {
		return new VisitDetails(company, appointmentId, visitedOn, staffUserIds, metWith, discussed, nextAction,
				followUpOn, asConsultation, issues, followUpOf);
	}

	NewConsultation asNewConsultation(long company, Long staffUserId, String origin, String originPath) {
		return new NewConsultation(company, visitedOn, Channel.VISIT_OUT, Referral.NONE, Set.copyOf(issues), discussed,
				followUpOf, null, metWith, staffUserId, nextAction, followUpOn, origin, originPath);
	}

}
