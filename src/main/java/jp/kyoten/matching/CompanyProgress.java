package jp.kyoten.matching;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far companies of the hub in scope got since a date — consultations (new and
 * follow-up), needs learned, hand-offs made (by the day the company chose) and confirmed
 * placements (by contract date) — for modules that follow companies up, such as event
 * participants until the end of the fiscal year.
 */
@Service
@Transactional(readOnly = true)
public class CompanyProgress {

	/** Counts since the date asked for, that date included. */
	public record Progress(int consultations, int needs, int handOffs, int placements) {

		public static final Progress NONE = new Progress(0, 0, 0, 0);

	}

	private final JdbcClient jdbc;

	CompanyProgress(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every id asked for is in the answer, with zeros where nothing happened; ids of
	 * another hub's companies count nothing (row-level security).
	 */
	public Map<Long, Progress> of(Collection<Long> companyIds, LocalDate since) {
		Map<Long, Progress> result = new HashMap<>();
		if (companyIds.isEmpty()) {
			return result;
		}
		String ids = companyIds.stream().map(String::valueOf).distinct().collect(Collectors.joining(",", "{", "}"));
		jdbc.sql("""
				SELECT x.id,
				       (SELECT count(*) FROM consultation c WHERE c.company_id = x.id AND c.consulted_on >= ?),
				       (SELECT count(*) FROM talent_need n
				         WHERE n.company_id = x.id AND n.created_at >= (?::date)::timestamp AT TIME ZONE 'Asia/Tokyo'),
				       (SELECT count(*) FROM handoff h WHERE h.company_id = x.id AND h.chosen_on >= ?),
				       (SELECT count(*) FROM placement p
				         WHERE p.company_id = x.id AND p.confirmed AND p.contract_date >= ?)
				  FROM unnest(?::bigint[]) AS x(id)""")
			.params(since, since, since, since, ids)
			.query((rs, n) -> result.put(rs.getLong(1),
					new Progress(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5))))
			.list();
		return result;
	}

}
