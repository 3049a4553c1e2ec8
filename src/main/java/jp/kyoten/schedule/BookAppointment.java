package jp.kyoten.schedule;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.identity.CurrentUser;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.platform.tenancy.HubScope;

/** Puts an appointment on the calendar of the hub in scope. */
@Service
public class BookAppointment {

	private final AppointmentRepository appointments;

	private final SchedulePermissions permissions;

	private final AuditTrail audit;

	private final AppointmentLinks links;

	BookAppointment(AppointmentRepository appointments, SchedulePermissions permissions, AuditTrail audit,
			AppointmentLinks links) {
		this.appointments = appointments;
		this.permissions = permissions;
		this.audit = audit;
		this.links = links;
	}

	/**
	 * @return the new appointment's id
	 * @throws jp.kyoten.platform.BusinessRuleException when the end is not after the
	 * start, it lasts more than 31 days, or the owner is not active staff of the hub
	 * @throws org.springframework.security.access.AccessDeniedException when a clerk
	 * books for someone else
	 * @throws jp.kyoten.platform.ReferencedRecordNotFoundException when its company,
	 * consultation or event is not one of the hub's
	 */
	@Transactional
	public long book(AppointmentDetails details) {
		Appointment.checkTimes(details);
		permissions.checkOwner(details.ownerId());
		links.check(details);
		Appointment appointment = appointments
			.save(new Appointment(HubScope.require(), details, CurrentUser.get().map(KyotenUser::userId).orElse(null)));
		audit.created("appointment", appointment.getId(), details.title());
		return appointment.getId();
	}

}
