package jp.kyoten.talent;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.events.MatchingEvents;
import jp.kyoten.platform.RecordNotFoundException;

/**
 * Reads a matching event's plan ({@link MatchingBoard}): a fixed number of queries
 * whatever its size.
 */
@Service
@Transactional(readOnly = true)
public class MatchingBoards {

	private final JdbcClient jdbc;

	private final MatchingEvents events;

	private final TalentProfiles profiles;

	private final SkillList skills;

	private final SamePerson samePerson;

	MatchingBoards(JdbcClient jdbc, MatchingEvents events, TalentProfiles profiles, SkillList skills,
			SamePerson samePerson) {
		this.samePerson = samePerson;
		this.jdbc = jdbc;
		this.events = events;
		this.profiles = profiles;
		this.skills = skills;
	}

	/**
	 * @throws RecordNotFoundException for another hub's event or one that is no matching
	 * event
	 */
	public MatchingBoard board(long eventId) {
		MatchingEvents.MatchingEvent event = events.get(eventId);
		String programme = "GENERAL";
		int slotMinutes = MatchingPlans.DEFAULT_SLOT_MINUTES;
		var plan = jdbc.sql("SELECT programme, slot_minutes FROM matching_plan WHERE event_id = ?")
			.param(eventId)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getInt(2) })
			.optional();
		if (plan.isPresent()) {
			programme = (String) plan.get()[0];
			slotMinutes = (Integer) plan.get()[1];
		}
		List<MatchingBoard.Slot> slots = slots(event, slotMinutes);
		final int minutes = slotMinutes;
		Map<Long, String> skillNames = skills.names();
		List<MatchingEvents.ParticipantCompany> registered = events.companies(eventId);
		Map<Long, MatchingEvents.ParticipantCompany> byCompany = registered.stream()
			.collect(Collectors.toMap(MatchingEvents.ParticipantCompany::companyId, p -> p, (a, b) -> a));
		List<MatchingBoard.CompanyNeed> companies = jdbc.sql("""
				SELECT id, company_id, company_name, role, job_category, skill_ids, need_id FROM matching_company
				 WHERE event_id = ? ORDER BY company_name, id""").param(eventId).query((rs, n) -> {
			List<Long> ids = List.of((Long[]) rs.getArray(6).getArray());
			long companyId = rs.getLong(2);
			MatchingEvents.ParticipantCompany reg = byCompany.get(companyId);
			return new MatchingBoard.CompanyNeed(rs.getLong(1), companyId, reg == null ? 0 : reg.registrationId(),
					rs.getString(3), rs.getString(4), rs.getString(5), ids,
					ids.stream().map(skillNames::get).filter(java.util.Objects::nonNull).toList(),
					rs.getObject(7) == null ? null : rs.getLong(7), reg != null && reg.checkedIn());
		}).list();
		Set<Long> recorded = companies.stream().map(MatchingBoard.CompanyNeed::companyId).collect(Collectors.toSet());
		List<SamePerson.RegistrationMatch> registrations = samePerson.matches(eventId);
		// a participant linked to their registration came when the registration was
		// checked in at the event
		Set<Long> registrationCame = registrations.stream()
			.filter(r -> r.registration().checkedIn())
			.map(r -> r.registration().registrationId())
			.collect(Collectors.toSet());
		List<MatchingBoard.Candidate> talent = candidates(eventId, registrationCame);
		Map<Long, MatchingBoard.CompanyNeed> companyById = companies.stream()
			.collect(Collectors.toMap(MatchingBoard.CompanyNeed::id, c -> c));
		Map<Long, MatchingBoard.Candidate> talentById = talent.stream()
			.collect(Collectors.toMap(MatchingBoard.Candidate::talentId, c -> c));
		List<MatchingBoard.SetView> sets = jdbc.sql("""
				SELECT id, matching_company_id, talent_id, slot, result, result_on, hired_on FROM interview_set
				 WHERE event_id = ? ORDER BY slot, id""").param(eventId).query((rs, n) -> {
			MatchingBoard.CompanyNeed c = companyById.get(rs.getLong(2));
			MatchingBoard.Candidate t = talentById.get(rs.getLong(3));
			int slot = rs.getInt(4);
			OffsetDateTime starts = event.startsAt().plusMinutes((long) slot * minutes);
			String result = rs.getString(5);
			return new MatchingBoard.SetView(rs.getLong(1), c.id(), c.companyName(), c.role(), t.talentId(), t.code(),
					t.name(), slot, starts, starts.plusMinutes(minutes),
					result == null ? null : InterviewResult.valueOf(result), rs.getObject(6, LocalDate.class),
					rs.getObject(7, LocalDate.class));
		}).list();
		List<MatchingEvents.ParticipantCompany> unrecorded = registered.stream()
			.filter(r -> !recorded.contains(r.companyId()))
			.toList();
		return new MatchingBoard(event, programme, slotMinutes, slots, companies, talent, sets, unrecorded,
				registrations);
	}

	private List<MatchingBoard.Candidate> candidates(long eventId, Set<Long> registrationCame) {
		List<Object[]> rows = jdbc.sql("""
				SELECT t.id, t.code, t.name, t.kind, t.consent_share_on IS NOT NULL, m.checked_in_at IS NOT NULL,
				       m.registration_id
				  FROM matching_talent m JOIN talent t ON t.id = m.talent_id WHERE m.event_id = ? ORDER BY t.code""")
			.param(eventId)
			.query((rs,
					n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getBoolean(5), rs.getBoolean(6), rs.getObject(7) == null ? null : rs.getLong(7) })
			.list();
		List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
		Map<Long, List<Long>> skillIds = profiles.skillIds(ids);
		Map<Long, List<String>> skillNames = profiles.skillNames(ids);
		List<MatchingBoard.Candidate> talent = new ArrayList<>();
		for (Object[] r : rows) {
			long id = (Long) r[0];
			talent.add(new MatchingBoard.Candidate(id, (String) r[1], (String) r[2], TalentKind.valueOf((String) r[3]),
					(Boolean) r[4], skillIds.getOrDefault(id, List.of()), skillNames.getOrDefault(id, List.of()),
					(Boolean) r[5] || r[6] != null && registrationCame.contains((Long) r[6]), (Long) r[6]));
		}
		return talent;
	}

	/**
	 * The slots from the event's start to its end, each {@code minutes} long (at most
	 * 200).
	 */
	static List<MatchingBoard.Slot> slots(MatchingEvents.MatchingEvent event, int minutes) {
		long total = Duration.between(event.startsAt(), event.endsAt()).toMinutes();
		int count = (int) Math.min(MatchingPlans.MAX_SLOTS, Math.max(1, total / minutes));
		List<MatchingBoard.Slot> slots = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			OffsetDateTime start = event.startsAt().plusMinutes((long) i * minutes);
			slots.add(new MatchingBoard.Slot(i, start, start.plusMinutes(minutes)));
		}
		return slots;
	}

}
