package jp.kyoten.directory.registry;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.platform.RecordNotFoundException;

/**
 * A company's registry history: name changes, moves, closure, and a merger with the
 * successor's id when the successor is in the directory. Row-level security confines it
 * to the hub.
 */
@Service
@Transactional(readOnly = true)
class RegistryHistory {

	public record Event(String process, boolean correction, LocalDate updateDate, LocalDate changeDate, String name,
			String address, LocalDate closeDate, String successorCorporateNumber, Long successorId,
			String changeCause) {
	}

	private final JdbcClient jdbc;

	RegistryHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The newest 200 events of the company, newest first; unknown company → not found.
	 */
	List<Event> of(long companyId) {
		if (jdbc.sql("SELECT count(*) FROM company WHERE id = ?").param(companyId).query(Long.class).single() == 0) {
			throw new RecordNotFoundException("company", companyId);
		}
		return jdbc.sql("""
				SELECT e.process, e.correction, e.update_date, e.change_date, e.name, e.address, e.close_date,
				       e.successor_corporate_number, s.id, e.change_cause
				  FROM company_registry_event e
				  LEFT JOIN company s ON s.corporate_number = e.successor_corporate_number AND s.merged_into_id IS NULL
				 WHERE e.company_id = ?
				 ORDER BY e.update_date DESC, e.id DESC
				 LIMIT 200""")
			.param(companyId)
			.query((rs, n) -> new Event(rs.getString(1), rs.getBoolean(2), rs.getObject(3, LocalDate.class),
					rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6),
					rs.getObject(7, LocalDate.class), rs.getString(8), (Long) rs.getObject(9), rs.getString(10)))
			.list();
	}

}
