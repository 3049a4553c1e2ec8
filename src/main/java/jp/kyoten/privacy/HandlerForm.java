package jp.kyoten.privacy;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The register entry form, for adding a person and for changing one. */
public record HandlerForm(Boolean responsible, @NotBlank @Size(max = 100) String name,
		@NotBlank @Size(max = 200) String organisation, @NotBlank @Size(max = 100) String roleTitle,
		@NotBlank @Size(max = 500) String dataHandled, @Size(max = 60) String nationality,
		@Size(max = 500) String expertise, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fromDate,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate toDate, Integer version) {

	/** An unticked box sends nothing. */
	boolean responsibleTicked() {
		return Boolean.TRUE.equals(responsible);
	}

	static HandlerForm of(Handler h) {
		return new HandlerForm(h.responsible(), h.name(), h.organisation(), h.roleTitle(), h.dataHandled(),
				h.nationality(), h.expertise(), h.fromDate(), h.toDate(), h.version());
	}

	static HandlerForm empty(LocalDate today, String organisation) {
		return new HandlerForm(false, null, organisation, null, null, null, null, today, null, null);
	}

}
