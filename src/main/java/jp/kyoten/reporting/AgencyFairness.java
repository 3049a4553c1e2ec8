package jp.kyoten.reporting;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.platform.tenancy.ReadsReplica;

/**
 * The fairness report of the hand-off rule (公正なルール): per agency, how often it was
 * presented on a selection sheet, how often first, its average place, how often the
 * companies chose it, and the placements that followed. A rotation that favours no one
 * shows similar first-place shares among agencies that appear on similar sheets. Reads
 * the matching module's {@code kpi_selection_place}, {@code kpi_handoff},
 * {@code kpi_placement} and the agency module's {@code kpi_agency} views (ADR 210).
 */
@Service
@Transactional(readOnly = true)
@ReadsReplica
class AgencyFairness {

	/** One agency's line; {@code averagePosition} is null when it never appeared. */
	record Line(long agencyId, String agencyName, String status, long sheets, long firstPlace, Double averagePosition,
			long chosen, long placements) {

		public double choiceRate() {
			return sheets == 0 ? 0 : (double) chosen / sheets;
		}

	}

	private final JdbcClient jdbc;

	AgencyFairness(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every agency of the hub in scope, for sheets made and choices recorded in [from,
	 * to].
	 */
	List<Line> between(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				WITH shown AS (
				    SELECT sa.agency_id, count(*) AS sheets, count(*) FILTER (WHERE sa.position = 1) AS first_place,
				           avg(sa.position)::float8 AS average_position
				    FROM kpi_selection_place sa
				    WHERE sa.sheet_created_at >= ?::date AND sa.sheet_created_at < ?::date + 1
				    GROUP BY sa.agency_id),
				chosen AS (
				    SELECT agency_id, count(*) AS chosen FROM kpi_handoff
				    WHERE chosen_on BETWEEN ? AND ? GROUP BY agency_id),
				placed AS (
				    SELECT agency_id, count(*) AS placements FROM kpi_placement
				    WHERE confirmed AND contract_date BETWEEN ? AND ? GROUP BY agency_id)
				SELECT a.id, a.name, a.status, coalesce(shown.sheets, 0), coalesce(shown.first_place, 0),
				       shown.average_position, coalesce(chosen.chosen, 0), coalesce(placed.placements, 0)
				FROM kpi_agency a
				LEFT JOIN shown ON shown.agency_id = a.id
				LEFT JOIN chosen ON chosen.agency_id = a.id
				LEFT JOIN placed ON placed.agency_id = a.id
				WHERE a.status = 'REGISTERED' OR shown.sheets > 0 OR chosen.chosen > 0
				ORDER BY a.name_kana NULLS LAST, a.name""")
			.params(from, to, from, to, from, to)
			.query((rs, n) -> new Line(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
					(Double) rs.getObject(6), rs.getLong(7), rs.getLong(8)))
			.list();
	}

}
