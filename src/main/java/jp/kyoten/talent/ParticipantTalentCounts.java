package jp.kyoten.talent;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.events.ParticipantTalentCount;

/**
 * 参加人材 of matching events, one definition for the METI report
 * ({@link MatchingFigures#participantTalent}) and the events module's own event report
 * ({@link ParticipantTalentCount}, ADR 246).
 * <p>
 * Seed 002 §2(2)⑥ asks for イベントごとの参加人材数 and seed 001 §3(4) for 各イベント等の参加者数; the 人材 are
 * those of seed 001 §3 <「人材」の定義> and §2(2)①'s デジタル推進人材. A person counts once per event
 * when they came:
 * <ul>
 * <li>a registration of type TALENT checked in (the events module's
 * {@code event_participant} view), or
 * <li>a participant talent of the pool checked in on the board, or with an interview of
 * theirs at the event whose result is recorded (an interview held is a talent who came);
 * </ul>
 * a pool profile linked to the event's registration as the same person
 * ({@code matching_talent.registration_id}: same e-mail address or telephone number, or
 * confirmed by staff — {@link SamePerson}) is counted by the registration when it was
 * checked in, and by the pool otherwise: never twice. A talent added who stayed away does
 * not count, as a registered company that stayed away is not a 参加企業.
 */
@Component
@Transactional(readOnly = true)
class ParticipantTalentCounts implements ParticipantTalentCount {

	private final JdbcClient jdbc;

	ParticipantTalentCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, Integer> participantTalent(Collection<Long> eventIds) {
		Map<Long, Integer> counts = new HashMap<>();
		if (eventIds.isEmpty()) {
			return counts;
		}
		Long[] ids = eventIds.toArray(Long[]::new);
		jdbc.sql("""
				WITH came AS (
				  SELECT p.event_id, p.registration_id FROM event_participant p
				   WHERE p.event_id = ANY (?) AND p.participant_type = 'TALENT'),
				pool AS (
				  SELECT m.event_id FROM matching_talent m
				   WHERE m.event_id = ANY (?)
				     AND (m.checked_in_at IS NOT NULL
				          OR EXISTS (SELECT 1 FROM interview_set s WHERE s.event_id = m.event_id
				                        AND s.talent_id = m.talent_id AND s.result IS NOT NULL))
				     AND NOT EXISTS (SELECT 1 FROM came c WHERE c.event_id = m.event_id
				                        AND c.registration_id = m.registration_id))
				SELECT event_id, count(*) FROM (SELECT event_id FROM came UNION ALL SELECT event_id FROM pool) people
				 GROUP BY event_id""")
			.params(ids, ids)
			.query((rs, n) -> counts.put(rs.getLong(1), rs.getInt(2)))
			.list();
		return counts;
	}

}
