package jp.kyoten.activity;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activity module's published counts for the reports of the hub in scope (the METI
 * 実績報告, the よろず indicator set): numbers only, never a company's record. Each method is
 * one query over [from, to) (Japan dates).
 */
@Service
@Transactional(readOnly = true)
public class ActivityCounts {

	/**
	 * The よろず indicator set over a period: 相談件数 (延べ: every consultation, follow-ups
	 * included), 相談企業数 (distinct companies), 新規相談企業数 (companies whose first consultation
	 * at the hub falls in the period), referrals made to other institutions, and 連携支援 —
	 * consultations a support institution brought to the hub (referred in by an
	 * institution), the cases the hub works on together with another institution.
	 */
	public record ConsultationCounts(int consultations, int companies, int newCompanies, int referralsMade,
			int jointSupport) {
	}

	/** METI 実績報告: companies visited, and companies whose talent needs were learned. */
	public record OutreachCounts(int visitedCompanies, int needsLearnedCompanies) {
	}

	private final JdbcClient jdbc;

	ActivityCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ConsultationCounts consultations(long hubId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT count(*), count(DISTINCT company_id),
				       count(DISTINCT company_id) FILTER (WHERE NOT EXISTS (
				           SELECT 1 FROM consultation e
				            WHERE e.hub_id = c.hub_id AND e.company_id = c.company_id AND e.consulted_on < :from)),
				       (SELECT count(*) FROM institution_referral
				         WHERE hub_id = :hub AND referred_on >= :from AND referred_on < :to),
				       count(*) FILTER (WHERE referral_institution_id IS NOT NULL)
				  FROM consultation c
				 WHERE hub_id = :hub AND consulted_on >= :from AND consulted_on < :to""")
			.param("hub", hubId)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, n) -> new ConsultationCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
					rs.getInt(5)))
			.single();
	}

	/**
	 * 訪問した企業数: distinct companies with a visit record dated in the period. 情報取得企業数
	 * (companies whose needs were learned): distinct companies with a consultation dated
	 * in the period — a visit recorded as a consultation included — naming 人材確保 or 組織・人事
	 * among its management issues: the hub learned what people the company needs. A
	 * company counts once however often it was visited or consulted.
	 */
	public OutreachCounts outreach(long hubId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT (SELECT count(DISTINCT company_id) FROM company_visit
				         WHERE hub_id = :hub AND visited_on >= :from AND visited_on < :to),
				       (SELECT count(DISTINCT company_id) FROM consultation
				         WHERE hub_id = :hub AND consulted_on >= :from AND consulted_on < :to
				           AND issues && ARRAY['RECRUITMENT', 'ORGANISATION']::text[])""")
			.param("hub", hubId)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, n) -> new OutreachCounts(rs.getInt(1), rs.getInt(2)))
			.single();
	}

}
