package jp.kyoten.talent;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.hub.Prefectures;
import jp.kyoten.platform.export.CsvWriter;

/**
 * The talent list the bureau asks for (seed 001 §2(2)①(c):
 * 発掘したデジタル推進人材の情報はリスト化し、当局へ提出する), as CSV streamed row by row: only talent who agreed to
 * share an anonymised profile, by code — no name, no contact, an age band instead of the
 * birth year. A foreign talent's nationality, residence status and Japanese level are
 * columns only when a counsellor exports; every export is audited with what it held.
 */
@Service
// not read-only: every output is audited in the same transaction
@Transactional
public class BureauList {

	private final JdbcClient jdbc;

	private final Counsellors counsellors;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Clock clock;

	/**
	 * Rows come from the database {@value #FETCH} at a time, so that a list of any length
	 * streams through.
	 */
	static final int FETCH = 500;

	BureauList(javax.sql.DataSource dataSource, Counsellors counsellors, AuditTrail audit, MessageSource messages,
			Clock clock) {
		org.springframework.jdbc.core.JdbcTemplate template = new org.springframework.jdbc.core.JdbcTemplate(
				dataSource);
		template.setFetchSize(FETCH);
		this.jdbc = JdbcClient.create(template);
		this.counsellors = counsellors;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/** Writes the list of the kind (all kinds when null); returns the rows written. */
	public int write(OutputStream out, CsvWriter.Encoding encoding, TalentKind kind) {
		boolean sensitive = counsellors.mayCounsel();
		int year = LocalDate.now(clock).getYear();
		int[] rows = { 0 };
		try (CsvWriter csv = new CsvWriter(out, encoding)) {
			List<String> header = new ArrayList<>(List.of(m("talent.code"), m("talent.kind"),
					m("talent.ageBand.column"), m("talent.prefecture"), m("talent.skills"), m("talent.desiredWork"),
					m("talent.workStyles"), m("talent.availableFrom"), m("talent.status"), m("talent.consentShareOn")));
			if (sensitive) {
				header.addAll(List.of(m("talent.nationality"), m("talent.residenceStatus"), m("talent.jlpt")));
			}
			csv.row(header);
			jdbc.sql("""
					SELECT t.code, t.kind, t.birth_year, t.prefecture_code,
					       (SELECT string_agg(s.name, '、' ORDER BY s.area, s.name) FROM talent_has_skill h
					          JOIN talent_skill s ON s.id = h.skill_id WHERE h.talent_id = t.id) AS skills,
					       t.desired_work, t.work_styles, t.available_from, t.status, t.consent_share_on,
					       f.nationality, f.residence_status, f.jlpt
					  FROM talent t LEFT JOIN talent_foreign_detail f ON f.talent_id = t.id
					 WHERE t.consent_share_on IS NOT NULL AND (?::text IS NULL OR t.kind = ?)
					 ORDER BY t.code""")
				.params(kind == null ? null : kind.name(), kind == null ? null : kind.name())
				.query(rs -> {
					Integer birth = rs.getObject(3) == null ? null : rs.getInt(3);
					Integer decade = AnonymisedProfiles.ageDecade(birth, year);
					List<String> styles = new ArrayList<>();
					for (String s : (String[]) rs.getArray(7).getArray()) {
						styles.add(m("employmentForm." + s));
					}
					List<Object> row = new ArrayList<>(List.of(rs.getString(1), m("talentKind." + rs.getString(2)),
							decade == null ? "" : m("talent.ageBand", decade), Prefectures.name(rs.getString(4)),
							nz(rs.getString(5)), nz(rs.getString(6)), String.join("、", styles), nz(rs.getString(8)),
							m("talentStatus." + rs.getString(9)), nz(rs.getString(10))));
					if (sensitive) {
						String status = rs.getString(12);
						String jlpt = rs.getString(13);
						row.addAll(List.of(nz(rs.getString(11)), status == null ? "" : m("residenceStatus." + status),
								jlpt == null ? "" : m("jlpt." + jlpt)));
					}
					csv.row(row);
					rows[0]++;
				});
		}
		audit.record(jp.kyoten.audit.AuditAction.EXPORT, "talent", kind == null ? "all" : kind.name(),
				"当局提出用人材リスト " + rows[0] + " 名" + (sensitive ? "（国籍・在留資格・日本語レベルを含む）" : ""));
		return rows[0];
	}

	private String m(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
