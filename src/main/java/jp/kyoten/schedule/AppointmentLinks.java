package jp.kyoten.schedule;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import jp.kyoten.platform.ReferencedRecordNotFoundException;

/**
 * Refuses an appointment that points at a company, consultation or event the hub does not
 * have.
 */
@Component
class AppointmentLinks {

	private final Map<AppointmentLink, AppointmentLinkTarget> targets = new EnumMap<>(AppointmentLink.class);

	AppointmentLinks(List<AppointmentLinkTarget> targets) {
		targets.forEach(t -> this.targets.put(t.link(), t));
		for (AppointmentLink link : AppointmentLink.values()) {
			if (!this.targets.containsKey(link)) {
				throw new IllegalStateException("nobody answers for appointment links to " + link);
			}
		}
	}

	/** Checks the links of a new appointment. */
	void check(AppointmentDetails details) {
		check(details, null);
	}

	/**
	 * Checks the links that differ from {@code before}: a link saved earlier stays even
	 * if its record has gone since.
	 * @throws ReferencedRecordNotFoundException for the first link whose record the hub
	 * does not have
	 */
	void check(AppointmentDetails details, AppointmentDetails before) {
		for (AppointmentLink link : AppointmentLink.values()) {
			Long id = link.of(details);
			if (id != null && (before == null || !Objects.equals(id, link.of(before)))
					&& !targets.get(link).existsInScope().test(id)) {
				throw new ReferencedRecordNotFoundException(link.name().toLowerCase(java.util.Locale.ROOT), id,
						link.field(), "schedule.link.notFound." + link.name());
			}
		}
	}

}
