package jp.kyoten.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.web.ListPage;
import jp.kyoten.platform.web.ListQuery;
import jp.kyoten.platform.web.ListRequest;
import jp.kyoten.platform.web.ListSorting;

/**
 * Reads self-diagnosis results: one by id (staff) or token (the visitor), lists, and
 * anonymous aggregates.
 */
@Service
@Transactional(readOnly = true)
class Diagnoses {

	private static final String SELECT = """
			SELECT id, public_token, band_code, band_label, employees, industry, total_score, taken_at FROM diagnosis""";

	/**
	 * One line of the anonymous aggregate: a size band and industry, how many results,
	 * and the mean per area.
	 */
	record Aggregate(String bandLabel, String industry, int results, int meanTotal, List<AreaMean> areas) {
	}

	record AreaMean(String label, int mean) {
	}

	/** An answer as given, with the question as it was asked. */
	record Answer(String areaCode, String question, String weight, int answer) {
	}

	private final JdbcClient jdbc;

	Diagnoses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	DiagnosisResult get(long id) {
		return one(SELECT + " WHERE id = ?", id).orElseThrow(() -> new RecordNotFoundException("diagnosis", id));
	}

	Optional<DiagnosisResult> byToken(String token) {
		return token == null ? Optional.empty() : one(SELECT + " WHERE public_token = ?", token);
	}

	/**
	 * Every result of the hub, newest first as the page lists them, without the areas,
	 * for the list export.
	 */
	void export(java.util.function.Consumer<DiagnosisResult> each) {
		jdbc.sql(SELECT + " ORDER BY taken_at DESC, id DESC")
			.withFetchSize(500)
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> each.accept(result(rs)));
	}

	List<DiagnosisResult> recent(int offset, int limit) {
		return jdbc.sql(SELECT + " ORDER BY taken_at DESC, id DESC LIMIT ? OFFSET ?")
			.params(limit, offset)
			.query((rs, n) -> result(rs))
			.list()
			.stream()
			.map(this::withAreas)
			.toList();
	}

	/**
	 * The orders of the staff's list of results (indexes of V260): the newest first by
	 * default; by total score or by number of employees (the size band follows it).
	 */
	static final ListSorting SORTING = ListSorting.by("date", "id")
		.dateKey("date", "taken_at")
		.key("total", "total_score")
		.key("employees", "employees");

	/**
	 * One page of the hub's results for the staff's list, without their area scores (the
	 * list shows the total only), so a page costs one statement beside its count.
	 */
	ListPage<DiagnosisResult> page(ListRequest request, String baseUrl) {
		return ListQuery.page(jdbc, SELECT, "FROM diagnosis", " WHERE true", List.of(), SORTING, request, baseUrl,
				(rs, n) -> result(rs));
	}

	List<Answer> answers(long id) {
		return jdbc.sql("""
				SELECT area_code, question_text, weight::text, answer FROM diagnosis_answer WHERE diagnosis_id = ?
				 ORDER BY question_id""")
			.param(id)
			.query((rs, n) -> new Answer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
			.list();
	}

	/** Mean scores by size band and industry; no company, no single answer. */
	List<Aggregate> aggregates() {
		record Row(String band, String industry, int sort, int results, int meanTotal, String label, int mean) {
		}
		List<Row> rows = jdbc.sql("""
				WITH d AS (SELECT id, band_label, coalesce(industry, '-') AS industry, total_score FROM diagnosis),
				     totals AS (SELECT band_label, industry, count(*) AS results, round(avg(total_score)) AS mean_total
				                  FROM d GROUP BY 1, 2)
				SELECT t.band_label, t.industry, s.sort_order, t.results, t.mean_total, s.area_label,
				       round(avg(s.score)) AS mean
				  FROM totals t
				  JOIN d ON d.band_label = t.band_label AND d.industry = t.industry
				  JOIN diagnosis_area_score s ON s.diagnosis_id = d.id
				 GROUP BY 1, 2, 3, 4, 5, 6
				 ORDER BY 1, 2, 3""")
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
					rs.getString(6), rs.getInt(7)))
			.list();
		var grouped = new java.util.LinkedHashMap<List<String>, List<Row>>();
		rows.forEach(
				r -> grouped.computeIfAbsent(List.of(r.band(), r.industry()), k -> new java.util.ArrayList<>()).add(r));
		return grouped.values()
			.stream()
			.map(rs -> new Aggregate(rs.getFirst().band(), rs.getFirst().industry(), rs.getFirst().results(),
					rs.getFirst().meanTotal(), rs.stream().map(r -> new AreaMean(r.label(), r.mean())).toList()))
			.toList();
	}

	private Optional<DiagnosisResult> one(String sql, Object param) {
		return jdbc.sql(sql).param(param).query((rs, n) -> result(rs)).optional().map(this::withAreas);
	}

	private DiagnosisResult withAreas(DiagnosisResult r) {
		List<DiagnosisResult.AreaScore> areas = jdbc.sql("""
				SELECT area_code, area_label, score, advice FROM diagnosis_area_score WHERE diagnosis_id = ?
				 ORDER BY sort_order, area_code""")
			.param(r.id())
			.query((rs, n) -> new DiagnosisResult.AreaScore(rs.getString(1), rs.getString(2), rs.getInt(3),
					rs.getString(4)))
			.list();
		return new DiagnosisResult(r.id(), r.token(), r.bandCode(), r.bandLabel(), r.employees(), r.industry(), areas,
				r.totalScore(), r.takenAt());
	}

	private static DiagnosisResult result(ResultSet rs) throws SQLException {
		return new DiagnosisResult(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
				rs.getString(6), List.of(), rs.getInt(7), rs.getTimestamp(8).toInstant());
	}

}
