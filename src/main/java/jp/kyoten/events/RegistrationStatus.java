package jp.kyoten.events;

enum RegistrationStatus {

	CONFIRMED, WAITLISTED, CANCELLED

}
