package jp.kyoten.finance;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.web.ListConditions;
import jp.kyoten.platform.web.ListPage;
import jp.kyoten.platform.web.ListQuery;
import jp.kyoten.platform.web.ListRequest;
import jp.kyoten.platform.web.ListSorting;

/**
 * Reads the books of the hub in scope (row-level security): entries of a fiscal year,
 * closed months, evidence.
 */
@Service
@Transactional(readOnly = true)
class Ledger {

	private static final String SELECT = """
			SELECT e.id, e.fiscal_year, e.entry_date, e.category, e.payee, e.purpose, e.amount, e.tax, e.reverses_id,
			       r.id AS reversed_by, e.link_kind, e.link_id, e.link_label, e.staff_id, e.work_month,
			       EXISTS (SELECT 1 FROM finance_closed_month m
			                WHERE m.hub_id = e.hub_id AND m.month = date_trunc('month', e.entry_date)::date) AS locked
			  FROM finance_entry e
			  LEFT JOIN finance_entry r ON r.reverses_id = e.id
			""";

	private final JdbcClient jdbc;

	Ledger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @throws RecordNotFoundException when the entry does not exist or belongs to another
	 * hub
	 */
	EntryView get(long id) {
		EntryView entry = jdbc.sql(SELECT + " WHERE e.id = ?")
			.param(id)
			.query(Ledger::entry)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("finance_entry", id));
		return entry.withEvidence(evidenceOf(List.of(id)).getOrDefault(id, List.of()));
	}

	/**
	 * One page of a fiscal year's entries, latest first, each with its evidence (one
	 * query for all of them).
	 */
	Page<EntryView> page(int fiscalYear, Pageable pageable) {
		long total = jdbc.sql("SELECT count(*) FROM finance_entry WHERE fiscal_year = ?")
			.param(fiscalYear)
			.query(Long.class)
			.single();
		List<EntryView> rows = jdbc
			.sql(SELECT + " WHERE e.fiscal_year = ? ORDER BY e.entry_date DESC, e.id DESC LIMIT ? OFFSET ?")
			.params(fiscalYear, pageable.getPageSize(), pageable.getOffset())
			.query(Ledger::entry)
			.list();
		Map<Long, List<EvidenceView>> evidence = evidenceOf(rows.stream().map(EntryView::id).toList());
		List<EntryView> withEvidence = rows.stream()
			.map(e -> e.withEvidence(evidence.getOrDefault(e.id(), List.of())))
			.toList();
		return new PageImpl<>(withEvidence, pageable, total);
	}

	/**
	 * The orders of the ledger page (indexes of V140 and V260 over the hub's fiscal
	 * year): by 日付, latest first (the default); by 経費項目, 支払先 or 金額.
	 */
	static final ListSorting SORTING = ListSorting.by("date", "e.id")
		.dateKey("date", "e.entry_date")
		.key("category", "e.category")
		.key("payee", "e.payee")
		.key("amount", "e.amount");

	/**
	 * One page of a fiscal year's entries in the order asked for, each with its evidence
	 * (one query for all of them); {@code text} searches 支払先 and 内容.
	 */
	ListPage<EntryView> page(int fiscalYear, String text, ListRequest request, String baseUrl) {
		ListPage<EntryView> page = ListQuery.page(jdbc, SELECT, "FROM finance_entry e", where(fiscalYear, text),
				SORTING, request, baseUrl, Ledger::entry);
		Map<Long, List<EvidenceView>> evidence = evidenceOf(page.rows().stream().map(EntryView::id).toList());
		return page.map(e -> e.withEvidence(evidence.getOrDefault(e.id(), List.of())));
	}

	/**
	 * Every entry of the fiscal year in date order, one at a time (the inspection package
	 * streams them).
	 */
	void eachEntry(int fiscalYear, Consumer<EntryView> sink) {
		jdbc.sql(SELECT + " WHERE e.fiscal_year = ? ORDER BY e.entry_date, e.id")
			.param(fiscalYear)
			.withFetchSize(500)
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> sink.accept(entry(rs, rs.getRow())));
	}

	/**
	 * Every entry the ledger page's search keeps, in the page's order, one at a time (the
	 * list export).
	 */
	void eachEntryAsListed(int fiscalYear, String text, ListRequest request, Consumer<EntryView> sink) {
		ListQuery.each(jdbc, SELECT, where(fiscalYear, text), SORTING, request, Ledger::entry, sink);
	}

	private static ListConditions where(int fiscalYear, String text) {
		return ListConditions.where().and("e.fiscal_year = ?", fiscalYear).containing(text, "e.payee", "e.purpose");
	}

	/**
	 * Every evidence file of the fiscal year's entries, in entry order, without content.
	 */
	List<EvidenceView> evidenceOfYear(int fiscalYear) {
		return jdbc.sql("""
				SELECT v.id, v.entry_id, v.kind, v.filename, v.content_type, v.size_bytes
				  FROM finance_evidence v JOIN finance_entry e ON e.id = v.entry_id
				 WHERE e.fiscal_year = ? ORDER BY e.entry_date, e.id, v.id""")
			.param(fiscalYear)
			.query(Ledger::evidence)
			.list();
	}

	List<YearMonth> closedMonths(int fiscalYear) {
		LocalDate start = LocalDate.of(fiscalYear, 4, 1);
		return jdbc.sql("SELECT month FROM finance_closed_month WHERE month >= ? AND month < ? ORDER BY month")
			.params(start, start.plusYears(1))
			.query((rs, n) -> YearMonth.from(rs.getObject(1, LocalDate.class)))
			.list();
	}

	/** The fiscal years of which the hub has entries, oldest first. */
	List<Integer> fiscalYears() {
		return jdbc.sql("SELECT DISTINCT fiscal_year FROM finance_entry ORDER BY fiscal_year")
			.query(Integer.class)
			.list();
	}

	/**
	 * The last day a fiscal year's books and evidence must be kept: {@code years} years
	 * from the fiscal year after it (seed 000 §5(3), seed 001 §10: 「事業終了の翌年度から5年間」), so
	 * FY2026's until 31 March 2032.
	 */
	static LocalDate retainedUntil(int fiscalYear, int years) {
		return LocalDate.of(fiscalYear + 1 + years, 3, 31);
	}

	boolean closed(LocalDate day) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM finance_closed_month WHERE month = ?)")
			.param(day.withDayOfMonth(1))
			.query(Boolean.class)
			.single();
	}

	private Map<Long, List<EvidenceView>> evidenceOf(List<Long> entryIds) {
		if (entryIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				SELECT id, entry_id, kind, filename, content_type, size_bytes
				  FROM finance_evidence WHERE entry_id = ANY(?) ORDER BY id""")
			.param(entryIds.toArray(Long[]::new))
			.query(Ledger::evidence)
			.list()
			.stream()
			.collect(Collectors.groupingBy(EvidenceView::entryId, Collectors.toCollection(ArrayList::new)));
	}

	private static EvidenceView evidence(ResultSet rs, int row) throws SQLException {
		return new EvidenceView(rs.getLong("id"), rs.getLong("entry_id"), EvidenceKind.valueOf(rs.getString("kind")),
				rs.getString("filename"), rs.getString("content_type"), rs.getInt("size_bytes"));
	}

	private static EntryView entry(ResultSet rs, int row) throws SQLException {
		long reverses = rs.getLong("reverses_id");
		Long reversesId = rs.wasNull() ? null : reverses;
		long reversedBy = rs.getLong("reversed_by");
		Long reversedById = rs.wasNull() ? null : reversedBy;
		Date date = rs.getDate("entry_date");
		String linkKind = rs.getString("link_kind");
		EntryLink link = linkKind == null ? null
				: new EntryLink(LinkKind.valueOf(linkKind), rs.getLong("link_id"), rs.getString("link_label"));
		LocalDate workMonth = rs.getObject("work_month", LocalDate.class);
		return new EntryView(rs.getLong("id"), rs.getInt("fiscal_year"), date.toLocalDate(),
				ExpenseCategory.valueOf(rs.getString("category")), rs.getString("payee"), rs.getString("purpose"),
				rs.getLong("amount"), rs.getLong("tax"), reversesId, reversedById, rs.getBoolean("locked"), link,
				rs.getObject("staff_id", Long.class), workMonth == null ? null : YearMonth.from(workMonth), List.of());
	}

}
