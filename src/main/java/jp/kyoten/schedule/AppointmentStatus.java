package jp.kyoten.schedule;

/**
 * An appointment is scheduled until it is cancelled; a cancelled one stays, so that feeds
 * can announce it.
 */
public enum AppointmentStatus {

	SCHEDULED, CANCELLED

}
