package jp.kyoten.schedule;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;

/**
 * Edits, moves (drag on the calendar) and cancels appointments of the hub in scope. Each
 * change is refused when someone else saved in between ({@code expectedVersion}), and
 * counts up the appointment's iCalendar sequence.
 */
@Service
class ChangeAppointment {

	private final AppointmentRepository appointments;

	private final SchedulePermissions permissions;

	private final AuditTrail audit;

	private final AppointmentLinks links;

	ChangeAppointment(AppointmentRepository appointments, SchedulePermissions permissions, AuditTrail audit,
			AppointmentLinks links) {
		this.appointments = appointments;
		this.permissions = permissions;
		this.audit = audit;
		this.links = links;
	}

	@Transactional
	void update(long id, int expectedVersion, AppointmentDetails details) {
		Appointment appointment = load(id, expectedVersion);
		Long previousOwner = appointment.getOwnerId();
		if (!java.util.Objects.equals(previousOwner, details.ownerId())) {
			permissions.checkOwner(details.ownerId());
		}
		links.check(details, appointment.details());
		appointment.update(details);
		audit.updated("appointment", id, details.title());
	}

	/**
	 * @return the appointment's new version
	 */
	@Transactional
	int move(long id, int expectedVersion, Instant start, Instant end, boolean allDay) {
		Appointment appointment = load(id, expectedVersion);
		appointment.moveTo(start, end, allDay);
		appointments.saveAndFlush(appointment);
		audit.updated("appointment", id, appointment.getTitle() + " を " + start + " に移動");
		return appointment.getVersion();
	}

	@Transactional
	void cancel(long id, int expectedVersion) {
		Appointment appointment = load(id, expectedVersion);
		appointment.cancel();
		audit.updated("appointment", id, appointment.getTitle() + " を取消");
	}

	private Appointment load(long id, int expectedVersion) {
		Appointment appointment = appointments.findById(id)
			.orElseThrow(() -> new RecordNotFoundException("appointment", id));
		permissions.checkChange(appointment.getOwnerId(), appointment.getCreatedBy());
		if (appointment.getVersion() != expectedVersion) {
			throw new BusinessRuleException("error.optimisticLock");
		}
		return appointment;
	}

}
