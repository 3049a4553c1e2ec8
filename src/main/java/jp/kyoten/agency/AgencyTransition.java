package jp.kyoten.agency;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The registration status changes a hub manager may make, each from the statuses it
 * leaves. Labels are messages {@code agencyTransition.X}.
 */
public enum AgencyTransition {

	/** 登録: the application meets every active requirement. */
	REGISTER(AgencyStatus.REGISTERED, false, AgencyStatus.APPLIED),
	/** 停止 */
	SUSPEND(AgencyStatus.SUSPENDED, true, AgencyStatus.REGISTERED),
	/** 再開 */
	RESUME(AgencyStatus.REGISTERED, false, AgencyStatus.SUSPENDED),
	/** 取消; of an application: 却下・取下げ. */
	REVOKE(AgencyStatus.REVOKED, true, AgencyStatus.APPLIED, AgencyStatus.REGISTERED, AgencyStatus.SUSPENDED);

	private final AgencyStatus target;

	private final boolean reasonRequired;

	private final Set<AgencyStatus> from;

	AgencyTransition(AgencyStatus target, boolean reasonRequired, AgencyStatus first, AgencyStatus... rest) {
		this.target = target;
		this.reasonRequired = reasonRequired;
		this.from = EnumSet.of(first, rest);
	}

	public AgencyStatus target() {
		return target;
	}

	public boolean reasonRequired() {
		return reasonRequired;
	}

	public boolean allowedFrom(AgencyStatus status) {
		return from.contains(status);
	}

	/**
	 * The changes open to an agency in this status, in a stable order for the buttons.
	 */
	public static List<AgencyTransition> availableFrom(AgencyStatus status) {
		return Arrays.stream(values()).filter(t -> t.allowedFrom(status)).toList();
	}

}
