package jp.kyoten.privacy;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The incident form: one for recording and for completing an incident as its reports go
 * out.
 */
public record IncidentForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate foundOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn, @NotBlank @Size(max = 200) String title,
		@NotBlank @Size(max = 4000) String whatHappened, @Size(max = 500) String dataKinds,
		@Min(0) Integer recordsCount, @Min(0) Integer peopleCount, @Size(max = 300) String location,
		@Size(max = 4000) String cause, @Size(max = 4000) String measures, Boolean malicious,
		@Email @Size(max = 254) String suspectActor,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodTo,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate prelimReportedOn,
		@Size(max = 200) String prelimReportedTo,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate finalReportedOn,
		@Size(max = 200) String finalReportedTo, Integer version) {

	/** An unticked box sends nothing. */
	boolean maliciousTicked() {
		return Boolean.TRUE.equals(malicious);
	}

	static IncidentForm of(Incident i) {
		return new IncidentForm(i.foundOn(), i.occurredOn(), i.title(), i.whatHappened(), i.dataKinds(),
				i.recordsCount(), i.peopleCount(), i.location(), i.cause(), i.measures(), i.malicious(),
				i.suspectActor(), i.periodFrom(), i.periodTo(), i.prelimReportedOn(), i.prelimReportedTo(),
				i.finalReportedOn(), i.finalReportedTo(), i.version());
	}

	static IncidentForm empty(LocalDate today) {
		return new IncidentForm(today, null, null, null, null, null, null, null, null, null, false, null, null, null,
				null, null, null, null, null);
	}

}
