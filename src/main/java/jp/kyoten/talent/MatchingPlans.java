package jp.kyoten.talent;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.events.MatchingEvents;
import jp.kyoten.matching.Needs;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.work.JobCategory;

/**
 * The participants of a matching event as the programme plans them: which programme the
 * event serves and how long a slot is, the participant companies (registered through the
 * events module) with their need, and the talent from the pool who take part.
 */
@Service
@Transactional
public class MatchingPlans {

	static final int DEFAULT_SLOT_MINUTES = 30;

	static final int MAX_SLOTS = 200;

	/**
	 * What a company seeks: the role, its job category, the skills, and the talent need
	 * it comes from, if any.
	 */
	public record Need(String role, JobCategory jobCategory, List<Long> skillIds, Long needId) {
	}

	private final JdbcClient jdbc;

	private final MatchingEvents events;

	private final SkillList skills;

	private final TalentProfiles profiles;

	private final Needs needs;

	private final AuditTrail audit;

	private final SamePerson samePerson;

	MatchingPlans(JdbcClient jdbc, MatchingEvents events, SkillList skills, TalentProfiles profiles, Needs needs,
			AuditTrail audit, SamePerson samePerson) {
		this.samePerson = samePerson;
		this.jdbc = jdbc;
		this.events = events;
		this.skills = skills;
		this.profiles = profiles;
		this.needs = needs;
		this.audit = audit;
	}

	/** Sets the programme and slot length (the event's plan row is made on first use). */
	public void configure(long eventId, TalentProgramme programme, int slotMinutes) {
		events.get(eventId);
		if (slotMinutes < 10 || slotMinutes > 120) {
			throw new BusinessRuleException("matching.slotMinutesInvalid");
		}
		jdbc.sql("""
				INSERT INTO matching_plan (event_id, hub_id, programme, slot_minutes) VALUES (?, ?, ?, ?)
				ON CONFLICT (event_id) DO UPDATE SET programme = excluded.programme,
				       slot_minutes = excluded.slot_minutes""")
			.params(eventId, HubScope.require(), programme.name(), slotMinutes)
			.update();
		audit.updated("matching_plan", eventId, "1枠 " + slotMinutes + " 分");
	}

	/**
	 * Records the need of a company registered for the event.
	 * @throws BusinessRuleException {@code matching.notRegistered} when the registration
	 * is no company's seat at the event, {@code matching.roleRequired},
	 * {@code matching.companyRecorded}, {@code matching.needOfAnotherCompany}
	 */
	public long addCompany(long eventId, long registrationId, Need need) {
		MatchingEvents.ParticipantCompany registration = events.companies(eventId)
			.stream()
			.filter(r -> r.registrationId() == registrationId)
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("matching.notRegistered"));
		if (need.role() == null || need.role().isBlank()) {
			throw new BusinessRuleException("matching.roleRequired");
		}
		if (need.needId() != null
				&& needs.find(need.needId()).filter(n -> n.companyId() == registration.companyId()).isEmpty()) {
			throw new BusinessRuleException("matching.needOfAnotherCompany");
		}
		ensurePlan(eventId);
		try {
			long id = jdbc
				.sql("""
						INSERT INTO matching_company (hub_id, event_id, company_id, company_name, role, job_category, skill_ids,
						                              need_id)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
				.params(HubScope.require(), eventId, registration.companyId(),
						Assessments.cut(registration.organisation(), 200), Assessments.cut(need.role(), 200),
						need.jobCategory() == null ? null : need.jobCategory().name(),
						skills.known(need.skillIds()).toArray(Long[]::new), need.needId())
				.query(Long.class)
				.single();
			audit.created("matching_company", id, registration.organisation() + "・イベント " + eventId);
			return id;
		}
		catch (DuplicateKeyException ex) {
			throw new BusinessRuleException("matching.companyRecorded", registration.organisation());
		}
	}

	/**
	 * Registers a company's person for the event (the events module's registration) and
	 * records its need.
	 * @return the participant company's id
	 */
	public long registerCompany(long eventId, String organisation, String name, String email, Need need) {
		if (organisation == null || organisation.isBlank()) {
			throw new BusinessRuleException("matching.organisationRequired");
		}
		if (need.role() == null || need.role().isBlank()) {
			throw new BusinessRuleException("matching.roleRequired");
		}
		long registrationId = events.registerCompany(eventId, organisation.strip(), name, email);
		return addCompany(eventId, registrationId, need);
	}

	/**
	 * Checks the company's person in (参加企業: someone of it came), through the events
	 * module's check-in.
	 */
	public void checkIn(long eventId, long matchingCompanyId) {
		long companyId = companyOf(eventId, matchingCompanyId);
		MatchingEvents.ParticipantCompany registration = events.companies(eventId)
			.stream()
			.filter(r -> r.companyId() == companyId)
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("matching.notRegistered"));
		events.checkIn(eventId, registration.registrationId());
	}

	/**
	 * Adds a talent of the pool as a participant; when the event has a registration of
	 * type TALENT with the same e-mail address or number, the two are linked as one
	 * person ({@link SamePerson}).
	 * @throws BusinessRuleException {@code matching.talentNotActive} for talent placed or
	 * withdrawn, {@code matching.talentAdded} when already a participant
	 */
	public void addTalent(long eventId, long talentId) {
		events.get(eventId);
		TalentView t = profiles.get(talentId);
		if (!"ACTIVE".equals(t.status())) {
			throw new BusinessRuleException("matching.talentNotActive", t.code());
		}
		ensurePlan(eventId);
		int added = jdbc.sql("""
				INSERT INTO matching_talent (hub_id, event_id, talent_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(HubScope.require(), eventId, talentId)
			.update();
		if (added == 0) {
			throw new BusinessRuleException("matching.talentAlreadyAdded", t.code());
		}
		audit.created("matching_talent", talentId, t.code() + "・イベント " + eventId);
		// registered on the event's form too? then one person (参加人材 once, seed 002
		// §2(2)⑥; ADR 246)
		samePerson.linkOnAdd(eventId, talentId);
	}

	/**
	 * Checks participant talent in (they came to the event): what the METI report's 参加人材
	 * counts ({@link MatchingFigures#participantTalent}). Checking in twice keeps the
	 * first time.
	 * @throws BusinessRuleException {@code matching.checkInChoose} when no talent is
	 * given
	 * @throws RecordNotFoundException when one of them is no participant of the event
	 * (nobody is checked in then)
	 */
	public void checkInTalent(long eventId, List<Long> talentIds) {
		events.get(eventId);
		List<Long> ids = talentIds == null ? List.of()
				: talentIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
		if (ids.isEmpty()) {
			throw new BusinessRuleException("matching.checkInChoose");
		}
		int found = jdbc.sql("""
				UPDATE matching_talent SET checked_in_at = coalesce(checked_in_at, now())
				 WHERE event_id = ? AND talent_id = ANY (?)""").params(eventId, ids.toArray(Long[]::new)).update();
		if (found < ids.size()) {
			throw new RecordNotFoundException("matching talent", ids.getFirst());
		}
		ids.forEach(id -> audit.updated("matching_talent", id, "来場を記録・イベント " + eventId));
	}

	/**
	 * The directory company of a participant company of the event. @throws
	 * RecordNotFoundException otherwise
	 */
	long companyOf(long eventId, long matchingCompanyId) {
		return jdbc.sql("SELECT company_id FROM matching_company WHERE id = ? AND event_id = ?")
			.params(matchingCompanyId, eventId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("matching company", matchingCompanyId));
	}

	MatchingEvents.MatchingEvent event(long eventId) {
		return events.get(eventId);
	}

	void ensurePlan(long eventId) {
		jdbc.sql("""
				INSERT INTO matching_plan (event_id, hub_id, programme, slot_minutes) VALUES (?, ?, 'GENERAL', ?)
				ON CONFLICT (event_id) DO NOTHING""")
			.params(eventId, HubScope.require(), DEFAULT_SLOT_MINUTES)
			.update();
	}

}
