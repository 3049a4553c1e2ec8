package jp.kyoten.talent;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.events.MatchingEvents;
import jp.kyoten.events.TalentRegistered;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;

/**
 * A person who registered for a matching event on the public form (a registration of type
 * TALENT) and was also added from the talent pool is one participant: 参加人材 counts each
 * person once per event (seed 002 §2(2)⑥ イベントごとの参加人材数, seed 001 §3(4) 各イベント等の参加者数;
 * {@link ParticipantTalentCounts}, ADR 246).
 * <p>
 * The registration is linked to the pool's participant talent
 * <ul>
 * <li>by the system, when exactly one candidate has the same e-mail address (case aside)
 * or, failing that, the same telephone number (digits only) — when the talent is added
 * from the pool, and when the registration arrives ({@link TalentRegistered}), whichever
 * comes second;
 * <li>by staff on the board otherwise: the form asks no birth year, so the same name (or
 * kana) is only offered as a candidate to confirm, as are several candidates with the
 * same address.
 * </ul>
 * The system never links on the name alone.
 */
@Service
@Transactional
public class SamePerson {

	/** How a link was known. */
	enum LinkedBy {

		EMAIL, PHONE, STAFF

	}

	/**
	 * A registration of type TALENT with the participant talent it is linked to (null
	 * while none), and the unlinked participant talent that may be the same person (same
	 * name, kana, address or number), for staff to confirm.
	 */
	public record RegistrationMatch(MatchingEvents.TalentRegistration registration, Long talentId, String linkedBy,
			List<Long> likelyTalentIds) {

		public boolean linked() {
			return talentId != null;
		}

	}

	/** What the board needs to compare a participant talent with a registration. */
	private record Participant(long talentId, String name, String nameKana, String email, String phone,
			Long registrationId) {
	}

	private final JdbcClient jdbc;

	private final MatchingEvents events;

	private final AuditTrail audit;

	SamePerson(JdbcClient jdbc, MatchingEvents events, AuditTrail audit) {
		this.jdbc = jdbc;
		this.events = events;
		this.audit = audit;
	}

	/**
	 * A talent just added from the pool: linked to the event's registration of the same
	 * e-mail address or number when exactly one unlinked registration has it. @return
	 * whether a link was made
	 */
	boolean linkOnAdd(long eventId, long talentId) {
		Participant talent = participants(eventId).stream()
			.filter(p -> p.talentId() == talentId)
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("matching talent", talentId));
		Set<Long> taken = linkedRegistrations(eventId);
		List<MatchingEvents.TalentRegistration> open = events.talentRegistrations(eventId)
			.stream()
			.filter(r -> !taken.contains(r.registrationId()))
			.toList();
		MatchingEvents.TalentRegistration byEmail = single(open,
				r -> email(talent.email()) != null && email(talent.email()).equals(email(r.email())));
		if (byEmail != null) {
			return link(eventId, talentId, byEmail.registrationId(), LinkedBy.EMAIL);
		}
		MatchingEvents.TalentRegistration byPhone = single(open,
				r -> phone(talent.phone()) != null && phone(talent.phone()).equals(phone(r.phone())));
		return byPhone != null && link(eventId, talentId, byPhone.registrationId(), LinkedBy.PHONE);
	}

	/**
	 * A registration of type TALENT at a matching event, in its transaction: linked to
	 * the participant talent of the same e-mail address or number when exactly one
	 * unlinked participant has it.
	 */
	@EventListener
	void on(TalentRegistered registered) {
		List<Participant> open = participants(registered.eventId()).stream()
			.filter(p -> p.registrationId() == null)
			.toList();
		if (open.isEmpty()) {
			return;
		}
		String email = email(registered.email());
		Participant byEmail = single(open, p -> email != null && email.equals(email(p.email())));
		if (byEmail != null) {
			link(registered.eventId(), byEmail.talentId(), registered.registrationId(), LinkedBy.EMAIL);
			return;
		}
		String phone = phone(registered.phone());
		Participant byPhone = single(open, p -> phone != null && phone.equals(phone(p.phone())));
		if (byPhone != null) {
			link(registered.eventId(), byPhone.talentId(), registered.registrationId(), LinkedBy.PHONE);
		}
	}

	/**
	 * Staff confirm that the registration and the participant talent are one person.
	 * @throws RecordNotFoundException when the talent is no participant of the event or
	 * the registration no talent registration of it
	 * @throws BusinessRuleException {@code samePerson.registrationLinked} when the
	 * registration is another participant's, {@code samePerson.talentLinked} when the
	 * talent is linked to another registration
	 */
	public void confirm(long eventId, long talentId, long registrationId) {
		Participant talent = participants(eventId).stream()
			.filter(p -> p.talentId() == talentId)
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("matching talent", talentId));
		MatchingEvents.TalentRegistration registration = events.talentRegistrations(eventId)
			.stream()
			.filter(r -> r.registrationId() == registrationId)
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("talent registration", registrationId));
		if (talent.registrationId() != null) {
			if (talent.registrationId() == registrationId) {
				return;
			}
			throw new BusinessRuleException("samePerson.talentLinked");
		}
		if (linkedRegistrations(eventId).contains(registrationId)) {
			throw new BusinessRuleException("samePerson.registrationLinked", registration.name());
		}
		link(eventId, talentId, registrationId, LinkedBy.STAFF);
	}

	/**
	 * Staff say the two are not one person after all. @throws RecordNotFoundException
	 * when no such participant
	 */
	public void unlink(long eventId, long talentId) {
		int changed = jdbc.sql("""
				UPDATE matching_talent SET registration_id = NULL, linked_by = NULL
				 WHERE event_id = ? AND talent_id = ? AND registration_id IS NOT NULL""")
			.params(eventId, talentId)
			.update();
		if (changed == 0) {
			throw new RecordNotFoundException("matching talent link", talentId);
		}
		audit.updated("matching_talent", talentId, "申込との紐付けを解除・イベント " + eventId);
	}

	/**
	 * The event's talent registrations with their links and the likely participants:
	 * three queries.
	 */
	@Transactional(readOnly = true)
	public List<RegistrationMatch> matches(long eventId) {
		List<Participant> participants = participants(eventId);
		Map<Long, Participant> byRegistration = participants.stream()
			.filter(p -> p.registrationId() != null)
			.collect(Collectors.toMap(Participant::registrationId, Function.identity()));
		Map<Long, String> linkedBy = new HashMap<>();
		jdbc.sql("SELECT talent_id, linked_by FROM matching_talent WHERE event_id = ? AND linked_by IS NOT NULL")
			.param(eventId)
			.query((rs, n) -> linkedBy.put(rs.getLong(1), rs.getString(2)))
			.list();
		List<Participant> open = participants.stream().filter(p -> p.registrationId() == null).toList();
		List<RegistrationMatch> matches = new ArrayList<>();
		for (MatchingEvents.TalentRegistration r : events.talentRegistrations(eventId)) {
			Participant linked = byRegistration.get(r.registrationId());
			if (linked != null) {
				matches.add(new RegistrationMatch(r, linked.talentId(), linkedBy.get(linked.talentId()), List.of()));
				continue;
			}
			List<Long> likely = open.stream().filter(p -> alike(p, r)).map(Participant::talentId).toList();
			matches.add(new RegistrationMatch(r, null, null, likely));
		}
		return matches;
	}

	/**
	 * The same name or kana (spaces and width aside), address or number: a candidate, not
	 * a decision.
	 */
	private static boolean alike(Participant p, MatchingEvents.TalentRegistration r) {
		return same(name(p.name()), name(r.name())) || same(name(p.nameKana()), name(r.nameKana()))
				|| same(email(p.email()), email(r.email())) || same(phone(p.phone()), phone(r.phone()));
	}

	private static boolean same(String a, String b) {
		return a != null && a.equals(b);
	}

	/**
	 * The unique index (event, registration) keeps a registration to one participant: of
	 * two requests linking it at the same moment the second fails and rolls back
	 * (PostgreSQL aborts the transaction, so it is not caught here).
	 */
	private boolean link(long eventId, long talentId, long registrationId, LinkedBy by) {
		int changed = jdbc.sql("""
				UPDATE matching_talent SET registration_id = ?, linked_by = ?
				 WHERE event_id = ? AND talent_id = ? AND registration_id IS NULL""")
			.params(registrationId, by.name(), eventId, talentId)
			.update();
		if (changed > 0) {
			audit.updated("matching_talent", talentId, "申込 " + registrationId + " と同一人物（" + switch (by) {
				case EMAIL -> "メールアドレスが一致";
				case PHONE -> "電話番号が一致";
				case STAFF -> "職員が確認";
			} + "）・イベント " + eventId);
		}
		return changed > 0;
	}

	private List<Participant> participants(long eventId) {
		return jdbc.sql("""
				SELECT t.id, t.name, t.name_kana, t.email, t.phone, m.registration_id
				  FROM matching_talent m JOIN talent t ON t.id = m.talent_id WHERE m.event_id = ? ORDER BY t.code""")
			.param(eventId)
			.query((rs, n) -> new Participant(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getObject(6) == null ? null : rs.getLong(6)))
			.list();
	}

	private Set<Long> linkedRegistrations(long eventId) {
		return Set.copyOf(jdbc
			.sql("SELECT registration_id FROM matching_talent WHERE event_id = ? AND registration_id IS NOT NULL")
			.param(eventId)
			.query(Long.class)
			.list());
	}

	/**
	 * The one element the test accepts; null for none or several (several is for staff to
	 * decide).
	 */
	private static <T> T single(List<T> items, java.util.function.Predicate<T> test) {
		List<T> found = items.stream().filter(test).limit(2).toList();
		return found.size() == 1 ? found.getFirst() : null;
	}

	static String email(String email) {
		return email == null || email.isBlank() ? null
				: Normalizer.normalize(email.strip(), Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * Digits only (full-width too); null below six digits, too short to tell anyone
	 * apart.
	 */
	static String phone(String phone) {
		if (phone == null) {
			return null;
		}
		String digits = Normalizer.normalize(phone, Normalizer.Form.NFKC).replaceAll("[^0-9]", "");
		return digits.length() < 6 ? null : digits;
	}

	/** Spaces (full-width too) and width aside. */
	static String name(String name) {
		if (name == null) {
			return null;
		}
		String n = Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
		return n.isEmpty() ? null : n;
	}

}
