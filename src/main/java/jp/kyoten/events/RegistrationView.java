package jp.kyoten.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A registration, with the sessions the person was checked in to. */
record RegistrationView(long id, long eventId, RegistrationStatus status, String source, Audience participantType,
		String name, String nameKana, String email, String phone, String organisation, String department,
		Long companyId, Long contactId, boolean companyCreated, Map<String, String> answers,
		boolean consentAnnouncements, String token, Instant registeredAt, Instant promotedAt, Instant cancelledAt,
		boolean noShow, List<Long> attendedSessions) {

	public boolean attended() {
		return !attendedSessions.isEmpty();
	}

	public boolean attendedSession(long sessionId) {
		return attendedSessions.contains(sessionId);
	}

}
