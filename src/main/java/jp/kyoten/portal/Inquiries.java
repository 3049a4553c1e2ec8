package jp.kyoten.portal;

import java.time.Clock;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.activity.ManagementIssue;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.time.HubTime;
import jp.kyoten.platform.web.ListConditions;
import jp.kyoten.platform.web.ListPage;
import jp.kyoten.platform.web.ListQuery;
import jp.kyoten.platform.web.ListRequest;
import jp.kyoten.platform.web.ListSorting;

/**
 * Reads the hub's consultation-form submissions: the triage queue, one submission, and
 * the trends by issue.
 */
@Service
@Transactional(readOnly = true)
class Inquiries {

	private final Clock clock;

	private static final String SELECT = """
			SELECT id, sender_kind, sender_name, email, phone, organisation_name, corporate_number, matched_company_id,
			       issues, message, preferred_contact, privacy_version, consented_at, diagnosis_id, status, company_id,
			       consultation_id, handled_by, handled_at, received_at
			  FROM portal_inquiry""";

	/**
	 * Submissions per month and issue (an inquiry naming two issues counts for both; spam
	 * not at all), with the number of submissions per month.
	 */
	record Trends(List<YearMonth> months, Map<ManagementIssue, Map<YearMonth, Integer>> byIssue,
			Map<YearMonth, Integer> submissions) {

		public int count(ManagementIssue issue, YearMonth month) {
			return byIssue.getOrDefault(issue, Map.of()).getOrDefault(month, 0);
		}

		public int total(ManagementIssue issue) {
			return byIssue.getOrDefault(issue, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
		}

	}

	private final JdbcClient jdbc;

	Inquiries(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** Submissions of one status (all when null), newest first. */
	List<InquiryView> list(InquiryStatus status, int offset, int limit) {
		ListConditions where = where(status, null);
		List<Object> params = where.params();
		params.add(limit);
		params.add(offset);
		return jdbc.sql(SELECT + where.sql() + " ORDER BY received_at DESC, id DESC LIMIT ? OFFSET ?")
			.params(params)
			.query(Inquiries::view)
			.list();
	}

	/**
	 * The orders of the triage list (indexes of V260): the newest submission first by
	 * default, or by company.
	 */
	static final ListSorting SORTING = ListSorting.by("date", "id")
		.dateKey("date", "received_at")
		.key("organisation", "organisation_name");

	/**
	 * One page of the triage list: the submissions of one status (all when null);
	 * {@code text} searches the company's name, the sender's name and the message.
	 */
	ListPage<InquiryView> page(InquiryStatus status, String text, ListRequest request, String baseUrl) {
		return ListQuery.searchedPage(jdbc, SELECT, "FROM portal_inquiry", where(status, text), text, SORTING, request,
				baseUrl, Inquiries::view);
	}

	/**
	 * Every submission the triage list's filters keep, in its order, streamed from a
	 * cursor for the list export.
	 */
	void export(InquiryStatus status, String text, ListRequest request, java.util.function.Consumer<InquiryView> each) {
		ListQuery.each(jdbc, SELECT, where(status, text), SORTING, request, Inquiries::view, each);
	}

	private static ListConditions where(InquiryStatus status, String text) {
		return ListConditions.where()
			.andIf(status == null ? null : status.name(), "status = ?")
			.containing(text, "organisation_name", "sender_name", "message");
	}

	Optional<InquiryView> find(long id) {
		return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(Inquiries::view).optional();
	}

	InquiryView get(long id) {
		return find(id).orElseThrow(() -> new RecordNotFoundException("portal_inquiry", id));
	}

	/** The last {@code months} months up to this one. */
	Trends trends(int months) {
		YearMonth current = YearMonth.now(clock);
		List<YearMonth> range = new ArrayList<>();
		for (int i = months - 1; i >= 0; i--) {
			range.add(current.minusMonths(i));
		}
		Instant from = range.getFirst().atDay(1).atStartOfDay(HubTime.ZONE).toInstant();
		Map<ManagementIssue, Map<YearMonth, Integer>> byIssue = new EnumMap<>(ManagementIssue.class);
		jdbc.sql(
				"""
						SELECT to_char(received_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM') AS month, issue, count(*)
						  FROM portal_inquiry, unnest(CASE WHEN cardinality(issues) = 0 THEN ARRAY['OTHER'] ELSE issues END) AS issue
						 WHERE status <> 'SPAM' AND received_at >= ?
						 GROUP BY 1, 2""")
			.param(Timestamp.from(from))
			.query((rs, n) -> {
				byIssue.computeIfAbsent(ManagementIssue.valueOf(rs.getString(2)), k -> new LinkedHashMap<>())
					.put(YearMonth.parse(rs.getString(1)), rs.getInt(3));
				return null;
			})
			.list();
		Map<YearMonth, Integer> submissions = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT to_char(received_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM'), count(*) FROM portal_inquiry
				 WHERE status <> 'SPAM' AND received_at >= ? GROUP BY 1""")
			.param(Timestamp.from(from))
			.query((rs, n) -> submissions.put(YearMonth.parse(rs.getString(1)), rs.getInt(2)))
			.list();
		return new Trends(range, byIssue, submissions);
	}

	private static InquiryView view(ResultSet rs, int n) throws SQLException {
		long id = rs.getLong("id");
		return new InquiryView(id, InquiryAcknowledgement.receiptNumber(id),
				SenderKind.valueOf(rs.getString("sender_kind")), rs.getString("sender_name"), rs.getString("email"),
				rs.getString("phone"), rs.getString("organisation_name"), rs.getString("corporate_number"),
				(Long) rs.getObject("matched_company_id"), issues(rs.getArray("issues")), rs.getString("message"),
				PreferredContact.valueOf(rs.getString("preferred_contact")), rs.getInt("privacy_version"),
				instant(rs.getTimestamp("consented_at")), (Long) rs.getObject("diagnosis_id"),
				InquiryStatus.valueOf(rs.getString("status")), (Long) rs.getObject("company_id"),
				(Long) rs.getObject("consultation_id"), rs.getString("handled_by"),
				instant(rs.getTimestamp("handled_at")), instant(rs.getTimestamp("received_at")));
	}

	private static List<ManagementIssue> issues(Array array) throws SQLException {
		return array == null ? List.of()
				: Arrays.stream((String[]) array.getArray()).map(ManagementIssue::valueOf).sorted().toList();
	}

	private static Instant instant(Timestamp ts) {
		return ts == null ? null : ts.toInstant();
	}

	static LocalDate dateOf(Instant instant) {
		return instant.atZone(HubTime.ZONE).toLocalDate();
	}

}
