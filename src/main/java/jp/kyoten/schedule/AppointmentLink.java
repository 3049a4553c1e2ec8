package jp.kyoten.schedule;

/**
 * What an appointment may point at, with the field of the form and the API that names it.
 */
public enum AppointmentLink {

	COMPANY("companyId"), CONSULTATION("consultationId"), EVENT("eventId");

	private final String field;

	AppointmentLink(String field) {
		this.field = field;
	}

	public String field() {
		return field;
	}

	Long of(AppointmentDetails details) {
		return switch (this) {
			case COMPANY -> details.companyId();
			case CONSULTATION -> details.consultationId();
			case EVENT -> details.eventId();
		};
	}

}
