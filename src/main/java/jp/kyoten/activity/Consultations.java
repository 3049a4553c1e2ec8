package jp.kyoten.activity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.web.ListPage;
import jp.kyoten.platform.web.ListQuery;
import jp.kyoten.platform.web.ListRequest;
import jp.kyoten.platform.web.ListSorting;
import jp.kyoten.schedule.AppointmentLink;
import jp.kyoten.schedule.AppointmentLinkTarget;

/** Reads consultations of the hub in scope (row-level security keeps them to it). */
@Service
@Transactional(readOnly = true)
public class Consultations {

	private static final String SELECT = """
			SELECT c.id, c.company_id, co.name AS company_name, c.consulted_on, c.channel, c.referral_institution_id,
			       c.referral_source, si.name AS institution_name, si.branch AS institution_branch, c.issues, c.summary,
			       c.follow_up_of, c.contact_name, c.staff_user_id, c.staff_name, c.next_action, c.follow_up_on,
			       c.follow_up_done, c.origin_label, c.origin_path
			FROM consultation c
			JOIN company co ON co.id = c.company_id
			LEFT JOIN support_institution si ON si.id = c.referral_institution_id
			""";

	public static final int MAX_PAGE = 200;

	private final JdbcClient jdbc;

	Consultations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Appointments may follow up the hub's consultations. */
	@Bean
	AppointmentLinkTarget consultationAppointmentLinks() {
		return new AppointmentLinkTarget(AppointmentLink.CONSULTATION, id -> find(id).isPresent());
	}

	public Optional<ConsultationView> find(long id) {
		return jdbc.sql(SELECT + " WHERE c.id = ?").param(id).query(Consultations::view).optional();
	}

	public ConsultationView get(long id) {
		return find(id).orElseThrow(() -> new RecordNotFoundException("consultation", id));
	}

	/** The company's consultations, newest first. */
	public List<ConsultationView> ofCompany(long companyId) {
		return jdbc.sql(SELECT + " WHERE c.company_id = ? ORDER BY c.consulted_on DESC, c.id DESC")
			.param(companyId)
			.query(Consultations::view)
			.list();
	}

	/**
	 * One page of the hub's consultations matching the filter, newest first; at most
	 * {@link #MAX_PAGE}.
	 */
	public List<ConsultationView> list(ConsultationFilter f, int offset, int limit) {
		List<Object> params = new ArrayList<>();
		String where = where(f, null, params);
		params.add(Math.clamp(limit, 1, MAX_PAGE));
		params.add(Math.max(0, offset));
		return jdbc.sql(SELECT + where + " ORDER BY c.consulted_on DESC, c.id DESC LIMIT ? OFFSET ?")
			.params(params)
			.query(Consultations::view)
			.list();
	}

	/** The orders of the consultation list; by default 相談日, newest first. */
	public static final ListSorting SORTING = ListSorting.by("date", "c.id")
		.dateKey("date", "c.consulted_on")
		.key("company", "co.name")
		.key("staff", "c.staff_name")
		.key("channel", "c.channel");

	/**
	 * One page of the list page: the filter, a text searched in the summary, the
	 * contact's name and the company's name, and the order asked for.
	 */
	public ListPage<ConsultationView> page(ConsultationFilter f, String text, ListRequest request, String baseUrl) {
		List<Object> params = new ArrayList<>();
		String where = where(f, text, params);
		// the company is joined for the count only when its name is searched
		String countFrom = where.contains("co.name") ? " FROM consultation c JOIN company co ON co.id = c.company_id"
				: " FROM consultation c";
		long total = jdbc.sql("SELECT count(*)" + countFrom + where).params(params).query(Long.class).single();
		params.add(request.size());
		params.add(request.offset());
		List<ConsultationView> rows = jdbc
			.sql(SELECT + where + " ORDER BY " + SORTING.orderBy(request) + " LIMIT ? OFFSET ?")
			.params(params)
			.query(Consultations::view)
			.list();
		return new ListPage<>(rows, total, request, baseUrl);
	}

	private static String where(ConsultationFilter f, String text, List<Object> params) {
		StringBuilder where = new StringBuilder(" WHERE true");
		if (f.from() != null) {
			where.append(" AND c.consulted_on >= ?");
			params.add(f.from());
		}
		if (f.to() != null) {
			where.append(" AND c.consulted_on <= ?");
			params.add(f.to());
		}
		if (f.companyId() != null) {
			where.append(" AND c.company_id = ?");
			params.add(f.companyId());
		}
		if (f.staffUserId() != null) {
			where.append(" AND c.staff_user_id = ?");
			params.add(f.staffUserId());
		}
		if (f.channel() != null) {
			where.append(" AND c.channel = ?");
			params.add(f.channel().name());
		}
		if (f.issue() != null) {
			where.append(" AND c.issues @> ARRAY[?]::text[]");
			params.add(f.issue().name());
		}
		if (f.followUp() != null) {
			where.append(f.followUp() ? " AND c.follow_up_of IS NOT NULL" : " AND c.follow_up_of IS NULL");
		}
		if (text != null && !text.isBlank()) {
			where.append(" AND (c.summary ILIKE ? OR c.contact_name ILIKE ? OR co.name ILIKE ?)");
			String like = ListQuery.containing(text);
			params.addAll(List.of(like, like, like));
		}
		return where.toString();
	}

	/**
	 * A company consulted in the year that nobody has followed up since (METI: every
	 * company at least once).
	 */
	public record NotFollowedUp(long companyId, String companyName, java.time.LocalDate firstConsultedOn,
			long firstConsultationId, String staffName) {
	}

	/**
	 * Companies first consulted in [from, to] with no activity since that first
	 * consultation: no later consultation, no visit after it, no follow-up marked done.
	 * Oldest first, at most {@code limit}.
	 */
	public List<NotFollowedUp> notFollowedUp(java.time.LocalDate from, java.time.LocalDate to, int limit) {
		return jdbc
			.sql("""
					WITH firsts AS (
					    SELECT DISTINCT ON (c.company_id) c.company_id, c.id, c.consulted_on, c.staff_name
					    FROM consultation c
					    WHERE c.consulted_on BETWEEN ? AND ?
					    ORDER BY c.company_id, c.consulted_on, c.id)
					SELECT f.company_id, co.name, f.consulted_on, f.id, f.staff_name
					FROM firsts f JOIN company co ON co.id = f.company_id
					WHERE NOT EXISTS (SELECT 1 FROM consultation l
					                  WHERE l.company_id = f.company_id AND l.id <> f.id AND l.consulted_on >= f.consulted_on)
					  AND NOT EXISTS (SELECT 1 FROM company_visit v
					                  WHERE v.company_id = f.company_id AND v.visited_on > f.consulted_on)
					  AND NOT EXISTS (SELECT 1 FROM consultation d WHERE d.id = f.id AND d.follow_up_done)
					ORDER BY f.consulted_on, f.company_id
					LIMIT ?""")
			.params(from, to, Math.clamp(limit, 1, 2000))
			.query((rs, n) -> new NotFollowedUp(rs.getLong(1), rs.getString(2),
					rs.getObject(3, java.time.LocalDate.class), rs.getLong(4), rs.getString(5)))
			.list();
	}

	private static ConsultationView view(ResultSet rs, int row) throws SQLException {
		long institutionId = rs.getLong("referral_institution_id");
		Referral referral = rs.wasNull()
				? new Referral(null, enumOrNull(ReferralSource.class, rs.getString("referral_source")))
				: Referral.institution(institutionId);
		String institution = rs.getString("institution_name");
		String branch = rs.getString("institution_branch");
		if (institution != null && branch != null && !branch.isBlank()) {
			institution = institution + " " + branch;
		}
		long followUpOf = rs.getLong("follow_up_of");
		Long followUp = rs.wasNull() ? null : followUpOf;
		long staff = rs.getLong("staff_user_id");
		Long staffId = rs.wasNull() ? null : staff;
		return new ConsultationView(rs.getLong("id"), rs.getLong("company_id"), rs.getString("company_name"),
				rs.getObject("consulted_on", java.time.LocalDate.class), Channel.valueOf(rs.getString("channel")),
				referral, institution, issues(rs.getArray("issues")), rs.getString("summary"), followUp,
				rs.getString("contact_name"), staffId, rs.getString("staff_name"), rs.getString("next_action"),
				rs.getObject("follow_up_on", java.time.LocalDate.class), rs.getBoolean("follow_up_done"),
				rs.getString("origin_label"), rs.getString("origin_path"));
	}

	private static List<ManagementIssue> issues(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((String[]) array.getArray()).map(ManagementIssue::valueOf).sorted().toList();
	}

	private static <E extends Enum<E>> E enumOrNull(Class<E> type, String code) {
		return code == null ? null : Enum.valueOf(type, code);
	}

	/**
	 * Every consultation of the list page's filter, text and order (not only a page), one
	 * by one from a cursor: the list export ({@code ConsultationListExportController}).
	 */
	public void export(ConsultationFilter f, String text, ListRequest request,
			java.util.function.Consumer<ConsultationView> each) {
		List<Object> params = new ArrayList<>();
		String where = where(f, text, params);
		ListQuery.each(jdbc, SELECT, where, params, SORTING, request, Consultations::view, each);
	}

}
