package jp.kyoten.finance;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.platform.RecordNotFoundException;

/**
 * Reads the hub's prospective funders (row-level security keeps them to the hub in
 * scope).
 */
@Service
@Transactional(readOnly = true)
class Funders {

	private static final String SELECT = """
			SELECT f.id, f.kind, f.name, f.contact, f.fiscal_year, f.stage, f.stage_changed_on, f.expected_amount,
			       coalesce((SELECT sum(r.amount) FROM finance_funder_receipt r WHERE r.funder_id = f.id), 0) AS received,
			       f.next_action, f.note
			  FROM finance_funder f""";

	/**
	 * What the scorecard reads of the funders in one fiscal year; see
	 * {@link Funders#figures}.
	 */
	record Figures(int listed, int appointments, int meetings, int contributors, long received) {
	}

	private final JdbcClient jdbc;

	Funders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The fiscal year's funders by stage: one query. */
	FunderBoard board(int fiscalYear) {
		Map<FunderStage, List<FunderView>> byStage = new EnumMap<>(FunderStage.class);
		FunderStage.board().forEach(s -> byStage.put(s, new ArrayList<>()));
		jdbc.sql(SELECT + " WHERE f.fiscal_year = ? ORDER BY f.stage_changed_on DESC, f.id DESC")
			.param(fiscalYear)
			.query(Funders::view)
			.list()
			.forEach(f -> byStage.get(f.stage()).add(f));
		List<FunderBoard.Column> columns = FunderStage.board()
			.stream()
			.map(s -> new FunderBoard.Column(s, List.copyOf(byStage.get(s))))
			.toList();
		Map<FunderKind, long[]> kinds = new EnumMap<>(FunderKind.class);
		columns.forEach(c -> c.funders().forEach(f -> {
			long[] sums = kinds.computeIfAbsent(f.kind(), k -> new long[3]);
			sums[0]++;
			sums[1] += f.stage() == FunderStage.DECLINED ? 0 : f.expected();
			sums[2] += f.received();
		}));
		return new FunderBoard(fiscalYear, columns, kinds.entrySet()
			.stream()
			.map(e -> new FunderBoard.KindTotal(e.getKey(), (int) e.getValue()[0], e.getValue()[1], e.getValue()[2]))
			.toList());
	}

	/**
	 * @throws RecordNotFoundException for another hub's funder
	 */
	FunderView get(long id) {
		return jdbc.sql(SELECT + " WHERE f.id = ?")
			.param(id)
			.query(Funders::view)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("finance_funder", id));
	}

	/**
	 * The funders' part of the balanced scorecard for a fiscal year (seed 003
	 * KPI_外部資金獲得): {@code listed} = 訪問リスト作成 — funders put on the list for the year,
	 * whatever stage they reached; {@code appointments} = アポ and {@code meetings} = 面談 —
	 * funders moved to that stage on a day of the year; {@code contributors} = 寄付者・出資者数 —
	 * distinct funders with money received in the year; {@code received} = 外部資金獲得額 — the
	 * sum received in the year (by the day it arrived).
	 */
	Figures figures(int fiscalYear) {
		LocalDate from = LocalDate.of(fiscalYear, 4, 1);
		return jdbc.sql("""
				SELECT (SELECT count(*) FROM finance_funder WHERE fiscal_year = :year),
				       (SELECT count(DISTINCT funder_id) FROM finance_funder_step
				         WHERE to_stage = 'APPOINTMENT' AND changed_on >= :from AND changed_on < :to),
				       (SELECT count(DISTINCT funder_id) FROM finance_funder_step
				         WHERE to_stage = 'MEETING' AND changed_on >= :from AND changed_on < :to),
				       (SELECT count(DISTINCT funder_id) FROM finance_funder_receipt
				         WHERE received_on >= :from AND received_on < :to),
				       (SELECT coalesce(sum(amount), 0) FROM finance_funder_receipt
				         WHERE received_on >= :from AND received_on < :to)""")
			.param("year", fiscalYear)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(from.plusYears(1)))
			.query((rs, n) -> new Figures(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getLong(5)))
			.single();
	}

	private static FunderView view(ResultSet rs, int row) throws SQLException {
		return new FunderView(rs.getLong("id"), FunderKind.valueOf(rs.getString("kind")), rs.getString("name"),
				rs.getString("contact"), rs.getInt("fiscal_year"), FunderStage.valueOf(rs.getString("stage")),
				rs.getObject("stage_changed_on", LocalDate.class), rs.getLong("expected_amount"),
				rs.getLong("received"), rs.getString("next_action"), rs.getString("note"));
	}

}
