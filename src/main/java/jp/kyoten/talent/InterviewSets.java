package jp.kyoten.talent;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.events.RecordOffer;
import jp.kyoten.identity.CurrentUser;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * 面接セット: staff put a participant company and a participant talent into a slot. The
 * database's unique indexes decide who is free — a talent or a company is in one
 * interview per slot, a pair meets once per event — so two requests at the same moment
 * cannot both book the same person (the second is told who is taken). A 内定 result is
 * recorded in the events module's offers ({@link RecordOffer}, source INTERVIEW_SET): the
 * one 内定件数 the dashboard and the METI report count. Changing a 内定 to another result takes
 * the offer back.
 */
@Service
@Transactional
public class InterviewSets {

	private record Stored(long id, long eventId, long matchingCompanyId, long companyId, long talentId, String code,
			String result, Long offerId) {
	}

	private final JdbcClient jdbc;

	private final MatchingPlans plans;

	private final RecordOffer offers;

	private final AuditTrail audit;

	InterviewSets(JdbcClient jdbc, MatchingPlans plans, RecordOffer offers, AuditTrail audit) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.offers = offers;
		this.audit = audit;
	}

	/**
	 * @throws BusinessRuleException {@code interviewSet.talentBusy} /
	 * {@code interviewSet.companyBusy} when either is already in an interview in the
	 * slot, {@code interviewSet.pairExists} when they already meet,
	 * {@code interviewSet.slotInvalid}, {@code interviewSet.notParticipant}
	 * @throws RecordNotFoundException for a company that is not the event's
	 */
	public long plan(long eventId, long matchingCompanyId, long talentId, int slot, boolean fromSuggestion) {
		plans.companyOf(eventId, matchingCompanyId);
		int slots = slotCount(eventId);
		if (slot < 0 || slot >= slots) {
			throw new BusinessRuleException("interviewSet.slotInvalid", slots);
		}
		boolean participant = jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM matching_talent WHERE event_id = ? AND talent_id = ?)")
			.params(eventId, talentId)
			.query(Boolean.class)
			.single();
		if (!participant) {
			throw new BusinessRuleException("interviewSet.notParticipant");
		}
		try {
			long id = jdbc.sql("""
					INSERT INTO interview_set (hub_id, event_id, matching_company_id, talent_id, slot, from_suggestion,
					                           created_by)
					VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
				.params(HubScope.require(), eventId, matchingCompanyId, talentId, slot, fromSuggestion,
						CurrentUser.get().map(KyotenUser::userId).orElse(null))
				.query(Long.class)
				.single();
			audit.created("interview_set", id, "イベント " + eventId + "・枠 " + (slot + 1));
			return id;
		}
		catch (DuplicateKeyException ex) {
			String message = String.valueOf(ex.getMessage());
			if (message.contains("interview_set_talent_slot_uq")) {
				throw new BusinessRuleException("interviewSet.talentBusy");
			}
			if (message.contains("interview_set_company_slot_uq")) {
				throw new BusinessRuleException("interviewSet.companyBusy");
			}
			throw new BusinessRuleException("interviewSet.pairExists");
		}
	}

	/**
	 * Takes a set off the plan; one with a result stays (its result is the record of what
	 * happened).
	 */
	public void remove(long eventId, long setId) {
		Stored s = stored(eventId, setId);
		if (s.result() != null) {
			throw new BusinessRuleException("interviewSet.hasResult");
		}
		jdbc.sql("DELETE FROM interview_set WHERE id = ?").param(setId).update();
		audit.deleted("interview_set", setId, "イベント " + eventId);
	}

	/**
	 * Records the result. A 内定 becomes an offer of the company at the event (one per
	 * set); a 内定 changed to another result takes its offer back, and with it the hire.
	 * @throws BusinessRuleException {@code interviewSet.dateRequired},
	 * {@code offer.notParticipant} when the company holds no seat at the event any more
	 */
	public void recordResult(long eventId, long setId, InterviewResult result, LocalDate on) {
		if (result == null || on == null) {
			throw new BusinessRuleException("interviewSet.dateRequired");
		}
		Stored s = stored(eventId, setId);
		Long offerId = s.offerId();
		if (result == InterviewResult.OFFER && offerId == null) {
			offerId = offers.record(new RecordOffer.NewOffer(s.companyId(), eventId, on, s.code(), false, "面接セット"),
					RecordOffer.Source.INTERVIEW_SET);
		}
		else if (result != InterviewResult.OFFER && offerId != null) {
			offers.withdraw(offerId);
			offerId = null;
		}
		jdbc.sql("""
				UPDATE interview_set SET result = ?, result_on = ?, offer_id = ?,
				       hired_on = CASE WHEN ? = 'OFFER' THEN hired_on END
				 WHERE id = ?""").params(result.name(), Date.valueOf(on), offerId, result.name(), setId).update();
		audit.updated("interview_set", setId, s.code() + " " + switch (result) {
			case OFFER -> "内定";
			case REJECTED -> "不採用";
			case DECLINED -> "辞退";
			case CONTINUING -> "選考継続";
		});
	}

	/**
	 * Records that the offer became a hire (or, with no date, that it did not after all);
	 * the talent is then placed.
	 * @throws BusinessRuleException {@code interviewSet.hireWithoutOffer}
	 */
	public void recordHire(long eventId, long setId, LocalDate hiredOn) {
		Stored s = stored(eventId, setId);
		if (!"OFFER".equals(s.result())) {
			throw new BusinessRuleException("interviewSet.hireWithoutOffer");
		}
		jdbc.sql("UPDATE interview_set SET hired_on = ? WHERE id = ?")
			.params(hiredOn == null ? null : Date.valueOf(hiredOn), setId)
			.update();
		offers.markHired(s.offerId(), hiredOn != null);
		if (hiredOn != null) {
			jdbc.sql("UPDATE talent SET status = 'PLACED', updated_at = now(), version = version + 1 WHERE id = ?")
				.param(s.talentId())
				.update();
		}
		audit.updated("interview_set", setId, s.code() + (hiredOn == null ? " 採用取消" : " 採用 " + hiredOn));
	}

	int slotCount(long eventId) {
		return jdbc.sql("SELECT slot_minutes FROM matching_plan WHERE event_id = ?")
			.param(eventId)
			.query(Integer.class)
			.optional()
			.map(minutes -> slotsOf(eventId, minutes))
			.orElse(0);
	}

	private int slotsOf(long eventId, int minutes) {
		return MatchingBoards.slots(plans.event(eventId), minutes).size();
	}

	private Stored stored(long eventId, long setId) {
		return jdbc.sql("""
				SELECT s.id, s.event_id, s.matching_company_id, c.company_id, s.talent_id, t.code, s.result, s.offer_id
				  FROM interview_set s JOIN matching_company c ON c.id = s.matching_company_id
				  JOIN talent t ON t.id = s.talent_id
				 WHERE s.id = ? AND s.event_id = ?""")
			.params(setId, eventId)
			.query((rs, n) -> new Stored(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
					rs.getString(6), rs.getString(7), rs.getObject(8) == null ? null : rs.getLong(8)))
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("interview set", setId));
	}

}
