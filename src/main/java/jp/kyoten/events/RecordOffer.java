package jp.kyoten.events;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.identity.CurrentUser;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * 内定の記録: one row per offer a participant company made — the company, the event it came
 * through, the day, the talent where known, and whether it became a hire. The follow-up
 * of participant companies records them; the talent programme's interview sets (面接セット)
 * record theirs with {@link Source#INTERVIEW_SET} through the same method, so that both
 * feed one 内定件数.
 */
@Service
@Transactional
public class RecordOffer {

	public enum Source {

		FOLLOW_UP, INTERVIEW_SET

	}

	/** An offer to record; {@code talentName} and {@code note} may be null. */
	public record NewOffer(long companyId, long eventId, LocalDate offeredOn, String talentName, boolean hired,
			String note) {
	}

	/** A recorded offer as the follow-up page lists it. */
	public record OfferView(long id, long companyId, long eventId, String eventTitle, LocalDate offeredOn,
			String talentName, boolean hired, String source, String note) {
	}

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	RecordOffer(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * @throws BusinessRuleException {@code offer.dateRequired} without a date,
	 * {@code offer.notParticipant} when the company held no seat at the event (another
	 * hub's event is not found either)
	 */
	public long record(NewOffer offer, Source source) {
		if (offer.offeredOn() == null) {
			throw new BusinessRuleException("offer.dateRequired");
		}
		boolean participant = jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM event_registration
				                WHERE event_id = ? AND company_id = ? AND status = 'CONFIRMED')""")
			.params(offer.eventId(), offer.companyId())
			.query(Boolean.class)
			.single();
		if (!participant) {
			throw new BusinessRuleException("offer.notParticipant");
		}
		long id = jdbc.sql("""
				INSERT INTO event_offer (hub_id, company_id, event_id, offered_on, talent_name, source, hired, note,
				                         recorded_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(HubScope.require(), offer.companyId(), offer.eventId(), Date.valueOf(offer.offeredOn()),
					blankToNull(offer.talentName(), 100), source.name(), offer.hired(), blankToNull(offer.note(), 1000),
					CurrentUser.get().map(KyotenUser::userId).orElse(null))
			.query(Long.class)
			.single();
		audit.created("event_offer", id, "企業 " + offer.companyId() + "・イベント " + offer.eventId());
		return id;
	}

	/**
	 * Takes back an offer an interview set recorded, when the set's result is changed
	 * from 内定 (a 辞退 or a correction): 内定件数 counts the offers standing. A follow-up's
	 * offer is not touched here.
	 */
	public void withdraw(long offerId) {
		int removed = jdbc.sql("DELETE FROM event_offer WHERE id = ? AND source = 'INTERVIEW_SET'")
			.param(offerId)
			.update();
		if (removed > 0) {
			audit.deleted("event_offer", offerId, "面接セットの結果変更");
		}
	}

	/** Marks an interview set's offer as having become a hire, or not. */
	public void markHired(long offerId, boolean hired) {
		int changed = jdbc.sql("UPDATE event_offer SET hired = ? WHERE id = ? AND source = 'INTERVIEW_SET'")
			.params(hired, offerId)
			.update();
		if (changed > 0) {
			audit.updated("event_offer", offerId, hired ? "採用" : "採用の取消");
		}
	}

	/** The company's recorded offers, newest first. */
	@Transactional(readOnly = true)
	public List<OfferView> ofCompany(long companyId) {
		return jdbc.sql("""
				SELECT o.id, o.company_id, o.event_id, e.title, o.offered_on, o.talent_name, o.hired, o.source, o.note
				  FROM event_offer o JOIN event e ON e.id = o.event_id
				 WHERE o.company_id = ? ORDER BY o.offered_on DESC, o.id DESC""")
			.param(companyId)
			.query((rs, n) -> new OfferView(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
					rs.getObject(5, LocalDate.class), rs.getString(6), rs.getBoolean(7), rs.getString(8),
					rs.getString(9)))
			.list();
	}

	/**
	 * The events the company held a seat at, newest first, as (id, title) pairs for the
	 * form.
	 */
	@Transactional(readOnly = true)
	List<java.util.Map.Entry<Long, String>> eventsOf(long companyId) {
		return jdbc.sql("""
				SELECT DISTINCT e.id, e.title, e.starts_at FROM event e JOIN event_registration r ON r.event_id = e.id
				 WHERE r.company_id = ? AND r.status = 'CONFIRMED' ORDER BY e.starts_at DESC""")
			.param(companyId)
			.query((rs, n) -> java.util.Map.entry(rs.getLong(1), rs.getString(2)))
			.list();
	}

	private static String blankToNull(String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.strip();
		return v.length() > max ? v.substring(0, max) : v;
	}

}
