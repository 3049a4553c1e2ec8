package jp.kyoten.events;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * アンケート: the hub's standard questionnaire, answered on the web after the event (by the
 * link of a registration, once per registration, or anonymously by the event's QR code)
 * or typed in by staff from paper.
 */
@Service
@Transactional
class AnswerSurvey {

	private final JdbcClient jdbc;

	private final Events events;

	private final AuditTrail audit;

	AnswerSurvey(JdbcClient jdbc, Events events, AuditTrail audit) {
		this.jdbc = jdbc;
		this.events = events;
		this.audit = audit;
	}

	/**
	 * @param registrationId null for an anonymous answer or a paper form
	 * @throws BusinessRuleException {@code survey.notYet} before the event has begun,
	 * {@code survey.answered} when the registration has answered already,
	 * {@code survey.invalid} for a satisfaction outside 1–5
	 */
	long answer(long eventId, Long registrationId, SurveyAnswer answer, boolean paper) {
		EventView event = events.get(eventId);
		if (event.startsAt().toInstant().isAfter(java.time.Instant.now()) && !paper) {
			throw new BusinessRuleException("survey.notYet");
		}
		if (answer.satisfaction() < 1 || answer.satisfaction() > 5 || answer.nextAction() == null) {
			throw new BusinessRuleException("survey.invalid");
		}
		if (registrationId != null) {
			events.registration(eventId, registrationId)
				.orElseThrow(() -> new RecordNotFoundException("registration", registrationId));
		}
		try {
			long id = jdbc
				.sql("""
						INSERT INTO event_survey_response (hub_id, event_id, registration_id, satisfaction, useful, next_action,
						                                   comment, source)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
				.params(HubScope.require(), eventId, registrationId, answer.satisfaction(), answer.useful(),
						answer.nextAction().name(), answer.comment(), paper ? "PAPER" : "WEB")
				.query(Long.class)
				.single();
			audit.created("event_survey_response", id, event.title());
			return id;
		}
		catch (DuplicateKeyException ex) {
			throw new BusinessRuleException("survey.answered");
		}
	}

	boolean answered(long registrationId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM event_survey_response WHERE registration_id = ?)")
			.param(registrationId)
			.query(Boolean.class)
			.single();
	}

}
