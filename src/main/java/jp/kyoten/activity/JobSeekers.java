package jp.kyoten.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.agency.Agencies;
import jp.kyoten.agency.AgencyView;
import jp.kyoten.audit.AuditAction;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.identity.CurrentUser;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.ActingUser;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.web.ListPage;
import jp.kyoten.platform.web.ListQuery;
import jp.kyoten.platform.web.ListRequest;
import jp.kyoten.platform.web.ListSorting;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

import tools.jackson.databind.json.JsonMapper;

/**
 * Job seekers who contacted the hub, and the passing of their data to registered
 * agencies. A seeker is passed on only with recorded consent, only to registered
 * agencies, and each passing keeps a snapshot of what went.
 */
@Service
@Transactional
class JobSeekers {

	private static final String SELECT = """
			SELECT id, received_on, channel, name, email, phone, residence_pref, desired_job_category,
			       desired_employment_form, summary, consent_to_pass, staff_name
			FROM job_seeker_inquiry""";

	private final JdbcClient jdbc;

	private final Agencies agencies;

	private final AuditTrail audit;

	private final JsonMapper json;

	JobSeekers(JdbcClient jdbc, Agencies agencies, AuditTrail audit) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.audit = audit;
		this.json = JsonMapper.builder().build();
	}

	public long record(JobSeekerDetails d) {
		long id = jdbc.sql("""
				INSERT INTO job_seeker_inquiry (hub_id, received_on, channel, name, email, phone, residence_pref,
				       desired_job_category, desired_employment_form, summary, consent_to_pass, staff_name, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(HubScope.require(), d.receivedOn(), d.channel().name(), d.name(), d.email(), d.phone(),
					d.residencePrefecture(), name(d.desiredJobCategory()), name(d.desiredEmploymentForm()), d.summary(),
					d.consentToPass(), CurrentUser.get().map(KyotenUser::displayName).orElse(null), ActingUser.email())
			.query(Long.class)
			.single();
		audit.created("job_seeker", id, d.name());
		return id;
	}

	/**
	 * @throws RecordNotFoundException for another hub's seeker; the read is audited
	 * (personal data)
	 */
	public JobSeekerView get(long id) {
		JobSeekerView seeker = jdbc.sql(SELECT + " WHERE id = ?")
			.param(id)
			.query((rs, n) -> view(rs, passedTo(id)))
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("job_seeker", id));
		audit.viewed("job_seeker", id, seeker.name());
		return seeker;
	}

	/** The hub's seekers, newest first, without the passing details. */
	@Transactional(readOnly = true)
	public List<JobSeekerView> recent(int offset, int limit) {
		return jdbc.sql(SELECT + " ORDER BY received_on DESC, id DESC LIMIT ? OFFSET ?")
			.params(Math.clamp(limit, 1, 200), Math.max(0, offset))
			.query((rs, n) -> view(rs, List.of()))
			.list();
	}

	/**
	 * The orders of the list page; by default 受付日, newest first; by name and by channel.
	 */
	public static final ListSorting SORTING = ListSorting.by("received", "id")
		.dateKey("received", "received_on")
		.key("name", "name")
		.key("channel", "channel");

	/**
	 * One page of the list page, without the passing details; {@code text} searches the
	 * name and the summary.
	 */
	@Transactional(readOnly = true)
	public ListPage<JobSeekerView> page(String text, ListRequest request, String baseUrl) {
		List<Object> params = new ArrayList<>();
		String where = " WHERE true";
		if (ListQuery.given(text)) {
			where += " AND (name ILIKE ? OR summary ILIKE ?)";
			String like = ListQuery.containing(text);
			params.addAll(List.of(like, like));
		}
		return ListQuery.page(jdbc, SELECT, "FROM job_seeker_inquiry", where, params, SORTING, request, baseUrl,
				(rs, n) -> view(rs, List.of()));
	}

	/**
	 * Passes the seeker's data to the agencies (those already passed to are skipped).
	 * @throws BusinessRuleException without the seeker's consent, or for an agency that
	 * is not registered
	 */
	public void passTo(long id, Collection<Long> agencyIds) {
		JobSeekerView seeker = jdbc.sql(SELECT + " WHERE id = ?")
			.param(id)
			.query((rs, n) -> view(rs, List.of()))
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("job_seeker", id));
		if (!seeker.consentToPass()) {
			throw new BusinessRuleException("jobSeeker.pass.noConsent");
		}
		if (agencyIds.isEmpty()) {
			throw new BusinessRuleException("jobSeeker.pass.noAgency");
		}
		for (long agencyId : agencyIds) {
			AgencyView agency = agencies.get(agencyId);
			if (!agency.registered()) {
				throw new BusinessRuleException("jobSeeker.pass.notRegistered", agency.name());
			}
			int inserted = jdbc.sql("""
					INSERT INTO job_seeker_referral (hub_id, inquiry_id, agency_id, provided_data, passed_by)
					VALUES (?, ?, ?, ?::jsonb, ?) ON CONFLICT (inquiry_id, agency_id) DO NOTHING""")
				.params(HubScope.require(), id, agencyId, json.writeValueAsString(provided(seeker)), ActingUser.email())
				.update();
			if (inserted > 0) {
				audit.record(AuditAction.THIRD_PARTY_PROVISION, "job_seeker", id,
						seeker.name() + " → " + agency.name());
			}
		}
	}

	/**
	 * What goes to the agency: contact data and wishes, nothing of the hub's own notes on
	 * other people.
	 */
	private static Map<String, Object> provided(JobSeekerView s) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("name", s.name());
		data.put("email", s.email());
		data.put("phone", s.phone());
		data.put("residencePrefecture", s.residencePrefecture());
		data.put("desiredJobCategory", name(s.desiredJobCategory()));
		data.put("desiredEmploymentForm", name(s.desiredEmploymentForm()));
		data.put("summary", s.summary());
		return data;
	}

	private List<JobSeekerView.PassedTo> passedTo(long id) {
		return jdbc.sql("""
				SELECT r.agency_id, a.name, r.passed_at, r.passed_by
				FROM job_seeker_referral r JOIN recruitment_agency a ON a.id = r.agency_id
				WHERE r.inquiry_id = ? ORDER BY r.passed_at, a.name""")
			.param(id)
			.query((rs, n) -> new JobSeekerView.PassedTo(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					rs.getString(4)))
			.list();
	}

	private static JobSeekerView view(ResultSet rs, List<JobSeekerView.PassedTo> passedTo) throws SQLException {
		return new JobSeekerView(rs.getLong("id"), rs.getObject("received_on", java.time.LocalDate.class),
				Channel.valueOf(rs.getString("channel")), rs.getString("name"), rs.getString("email"),
				rs.getString("phone"), rs.getString("residence_pref"),
				Optional.ofNullable(rs.getString("desired_job_category")).map(JobCategory::valueOf).orElse(null),
				Optional.ofNullable(rs.getString("desired_employment_form")).map(EmploymentForm::valueOf).orElse(null),
				rs.getString("summary"), rs.getBoolean("consent_to_pass"), rs.getString("staff_name"), passedTo);
	}

	private static String name(Enum<?> e) {
		return e == null ? null : e.name();
	}

	/**
	 * Every seeker of the list page's text and order (not only a page), one by one from a
	 * cursor, without the passing details: the list export
	 * ({@code JobSeekerListExportController}).
	 */
	@Transactional(readOnly = true)
	public void export(String text, ListRequest request, java.util.function.Consumer<JobSeekerView> each) {
		List<Object> params = new ArrayList<>();
		String where = " WHERE true";
		if (ListQuery.given(text)) {
			where += " AND (name ILIKE ? OR summary ILIKE ?)";
			String like = ListQuery.containing(text);
			params.addAll(List.of(like, like));
		}
		ListQuery.each(jdbc, SELECT, where, params, SORTING, request, (rs, n) -> view(rs, List.of()), each);
	}

}
