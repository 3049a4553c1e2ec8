package jp.kyoten.national;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.ReadsReplica;

/**
 * What one kind of body collects beyond the figures: the よろず支援拠点全国本部's monthly collection
 * of the よろず hubs' support records (seed 004 II.4: 相談対応状況・支援実績 reported to the HQ every
 * month), of consented records only (seed 004: the company agreed that its consultation
 * be shared with the HQ). The records are read from {@code national_shared_record}, whose
 * policy shows them only to a body of kind YOROZU_HQ overseeing the hub; this class
 * refuses any other body before it asks (404), so a prefecture overseeing the same よろず
 * hub, the Cabinet Office and a METI bureau never receive them.
 */
@Service
@Transactional(readOnly = true)
@ReadsReplica
public class NationalCollections {

	public static final String YOROZU_HQ = "YOROZU_HQ";

	/** One consented support record as the HQ receives it. */
	public record SharedRecord(long hubId, String hubName, LocalDate date, String companyName, String corporateNumber,
			String staffName, String channel, boolean followUp, List<String> issues, List<String> policyAreas,
			String summary) {
	}

	/** How many consented records a hub shared for the month. */
	public record HubCount(OverseenHub hub, int records) {
	}

	public record Month(NationalBody body, YearMonth month, List<HubCount> hubs, int total) {
	}

	private final JdbcClient jdbc;

	private final NationalBodies bodies;

	NationalCollections(JdbcClient jdbc, NationalBodies bodies) {
		this.jdbc = jdbc;
		this.bodies = bodies;
	}

	/** The month's count of consented records per よろず hub the HQ oversees. One query. */
	public Month yorozuMonth(NationalBody body, YearMonth month) {
		requireHeadquarters(body);
		bodies.enter(body);
		Map<Long, Integer> counts = new HashMap<>();
		jdbc.sql("SELECT hub_id, count(*) FROM national_shared_record WHERE month = ? GROUP BY hub_id")
			.param(Date.valueOf(month.atDay(1)))
			.query((rs, n) -> counts.put(rs.getLong(1), rs.getInt(2)))
			.list();
		List<HubCount> hubs = bodies.hubsOf(body)
			.stream()
			.map(h -> new HubCount(h, counts.getOrDefault(h.id(), 0)))
			.toList();
		return new Month(body, month, hubs, hubs.stream().mapToInt(HubCount::records).sum());
	}

	/**
	 * The month's consented records of every よろず hub the HQ oversees, by hub and date.
	 * One query.
	 */
	public List<SharedRecord> yorozuRecords(NationalBody body, YearMonth month) {
		requireHeadquarters(body);
		bodies.enter(body);
		Map<Long, String> names = new HashMap<>();
		bodies.hubsOf(body).forEach(h -> names.put(h.id(), h.name()));
		return jdbc.sql("""
				SELECT hub_id, consulted_on, company_name, corporate_number, staff_name, channel, follow_up, issues,
				       policy_areas, summary
				  FROM national_shared_record WHERE month = ? ORDER BY hub_id, consulted_on, consultation_id""")
			.param(Date.valueOf(month.atDay(1)))
			.query((rs, n) -> new SharedRecord(rs.getLong(1), names.getOrDefault(rs.getLong(1), ""),
					rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getBoolean(7), strings(rs.getArray(8)), strings(rs.getArray(9)),
					rs.getString(10)))
			.list();
	}

	public static boolean isHeadquarters(NationalBody body) {
		return YOROZU_HQ.equals(body.kind());
	}

	private static void requireHeadquarters(NationalBody body) {
		if (!isHeadquarters(body)) {
			throw new RecordNotFoundException("yorozu support records", body.code());
		}
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.stream((String[]) array.getArray()).toList();
	}

}
