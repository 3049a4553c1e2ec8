package jp.kyoten.events;

import java.util.Collection;
import java.util.Map;

/**
 * 参加人材 of matching events as the talent programme counts them, for the events module's
 * own figures (the event report, its exports, the monthly figures and
 * {@link EventCounts}). The talent module implements it: at a matching event the
 * programme's participant talent come from the talent pool, not only through
 * registrations of type TALENT, and only the talent module knows which pool profile is
 * which registration (ADR 246). Declared here, implemented there, so that the events
 * module names no type of the talent module (which depends on this one).
 * <p>
 * The rule (seed 002 §2(2)⑥ イベントごとの参加人材数; seed 001 §3(4) 各イベント等の参加者数): each person who
 * came once per event — a registration of type TALENT checked in, or a participant talent
 * of the pool who came, a registration and a pool profile linked as the same person
 * counting one.
 */
public interface ParticipantTalentCount {

	/**
	 * @param matchingEventIds events of kind MATCHING of the hub in scope
	 * @return 参加人材 per event id; an event absent has none beyond the events module's own
	 * count
	 */
	Map<Long, Integer> participantTalent(Collection<Long> matchingEventIds);

}
