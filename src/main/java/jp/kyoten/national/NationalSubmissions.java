package jp.kyoten.national;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.platform.tenancy.ReadsReplica;
import jp.kyoten.platform.time.HubTime;

/**
 * Which of the body's hubs submitted the month's report, when, in which versions, and
 * which are late. The report a hub owes follows its kind: a Pro hub's and a よろず hub's
 * 月次報告 (seed 000 §5(1)⑤, 004 II.4), due by the 10th of the next month (ADR 093's
 * reading); a talent programme's 実績報告, due by the 15th (seed 001 §3(4)). Late: the first
 * version came after the due day, or none came and the due day has passed. A correction
 * is a later version (2, 3 …), flagged as such. Read from {@code national_submission}
 * with the body in scope: dates and versions only.
 */
@Service
@Transactional(readOnly = true)
@ReadsReplica
public class NationalSubmissions {

	public enum Status {

		ON_TIME, LATE, MISSING_NOT_DUE, MISSING_OVERDUE;

		public boolean late() {
			return this == LATE || this == MISSING_OVERDUE;
		}

	}

	public record Version(int version, Instant submittedAt, boolean correction) {
	}

	public record Row(OverseenHub hub, String reportKind, LocalDate due, Status status, Instant firstSubmittedAt,
			List<Version> versions) {

		public boolean corrected() {
			return versions.size() > 1;
		}

		public int latestVersion() {
			return versions.isEmpty() ? 0 : versions.get(versions.size() - 1).version();
		}

		public boolean late() {
			return status.late();
		}

	}

	public record Month(NationalBody body, YearMonth month, List<Row> rows) {

		public long submitted() {
			return rows.stream().filter(r -> !r.versions().isEmpty()).count();
		}

		public long late() {
			return rows.stream().filter(Row::late).count();
		}

	}

	private final JdbcClient jdbc;

	private final NationalBodies bodies;

	private final Clock clock;

	NationalSubmissions(JdbcClient jdbc, NationalBodies bodies, Clock clock) {
		this.jdbc = jdbc;
		this.bodies = bodies;
		this.clock = clock;
	}

	static String reportKindOf(String hubKind) {
		return "TALENT_PROGRAMME".equals(hubKind) ? "METI" : "MONTHLY";
	}

	static LocalDate dueOf(String reportKind, YearMonth month) {
		return month.plusMonths(1).atDay("METI".equals(reportKind) ? 15 : 10);
	}

	/**
	 * The month's submissions of every hub the body oversees. One query for the versions.
	 */
	public Month of(NationalBody body, YearMonth month) {
		bodies.enter(body);
		Map<Long, Map<String, List<Version>>> versions = new HashMap<>();
		jdbc.sql("""
				SELECT hub_id, kind, version, submitted_at FROM national_submission WHERE month = ?
				 ORDER BY hub_id, kind, version""")
			.param(Date.valueOf(month.atDay(1)))
			.query((rs, n) -> versions.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
				.computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
				.add(new Version(rs.getInt(3), rs.getTimestamp(4).toInstant(), rs.getInt(3) > 1)))
			.list();
		LocalDate today = LocalDate.now(clock);
		List<Row> rows = bodies.hubsOf(body).stream().map(hub -> {
			String kind = reportKindOf(hub.kind());
			List<Version> list = versions.getOrDefault(hub.id(), Map.of()).getOrDefault(kind, List.of());
			LocalDate due = dueOf(kind, month);
			Instant first = list.isEmpty() ? null : list.get(0).submittedAt();
			Status status;
			if (first == null) {
				status = today.isAfter(due) ? Status.MISSING_OVERDUE : Status.MISSING_NOT_DUE;
			}
			else {
				status = first.atZone(HubTime.ZONE).toLocalDate().isAfter(due) ? Status.LATE : Status.ON_TIME;
			}
			return new Row(hub, kind, due, status, first, list);
		}).toList();
		return new Month(body, month, rows);
	}

}
