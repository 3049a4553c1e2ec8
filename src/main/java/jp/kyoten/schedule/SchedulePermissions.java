package jp.kyoten.schedule;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import jp.kyoten.identity.CurrentUser;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.StaffMember;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.Roles;

/**
 * Who may book and change which appointments. Every staff member sees the whole hub's
 * calendar. Managers and sub-managers change any appointment; coordinators and clerks
 * change their own and those they booked. Coordinators book for anyone in the hub or for
 * the whole hub; clerks book for themselves only. Work with no signed-in user (start-up
 * seeding) may do anything.
 */
@Component
class SchedulePermissions {

	static final String STAFF = Roles.STAFF;

	static final String MANAGER = "hasRole('HUB_MANAGER')";

	private final UserAccounts accounts;

	SchedulePermissions(UserAccounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * @throws AccessDeniedException when the signed-in user may not book for that owner
	 * @throws BusinessRuleException {@code appointment.ownerUnknown} when the owner is
	 * not active staff of the hub
	 */
	void checkOwner(Long ownerId) {
		Optional<KyotenUser> user = CurrentUser.get();
		if (user.isPresent() && user.get().role() == Role.CLERK
				&& (ownerId == null || ownerId != user.get().userId())) {
			throw new AccessDeniedException("clerks book for themselves only");
		}
		if (ownerId != null
				&& accounts.memberOf(HubScope.require(), ownerId).filter(m -> m.enabled() && m.isStaff()).isEmpty()) {
			throw new BusinessRuleException("appointment.ownerUnknown");
		}
	}

	boolean mayChange(AppointmentView a) {
		return CurrentUser.get().map(u -> mayChange(a.ownerId(), a.createdBy(), u)).orElse(true);
	}

	void checkChange(Long ownerId, Long createdBy) {
		if (!CurrentUser.get().map(u -> mayChange(ownerId, createdBy, u)).orElse(true)) {
			throw new AccessDeniedException("not your appointment");
		}
	}

	static boolean mayChange(Long ownerId, Long createdBy, KyotenUser user) {
		return switch (user.role()) {
			case HUB_MANAGER, SUB_MANAGER -> true;
			case COORDINATOR, CLERK ->
				Long.valueOf(user.userId()).equals(ownerId) || Long.valueOf(user.userId()).equals(createdBy);
			default -> false;
		};
	}

	/** Whether the signed-in user may book for others or for the whole hub. */
	static boolean booksForOthers(KyotenUser user) {
		return user.role() != Role.CLERK;
	}

	/**
	 * Every account of the hub, disabled ones too: to name the owners of older
	 * appointments.
	 */
	java.util.List<StaffMember> allMembers() {
		return accounts.membersOf(HubScope.require());
	}

	/** Who may own appointments: the hub's enabled staff. */
	java.util.List<StaffMember> staff() {
		return accounts.membersOf(HubScope.require()).stream().filter(m -> m.enabled() && m.isStaff()).toList();
	}

}
