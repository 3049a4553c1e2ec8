package jp.kyoten.reporting;

import java.sql.Date;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.ActingUser;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * The manager writes the month's texts on a draft, and submits it: the version is frozen
 * with its numbers and texts as they are at that moment. A correction after submission
 * starts the next version as a draft with the same texts; the submitted versions stay as
 * they were.
 */
@Service
class WriteMonthlyReport {

	static final int MAX_TEXT = 20_000;

	private final JdbcClient jdbc;

	private final MonthlyReports reports;

	private final AuditTrail audit;

	private final MetiReports meti;

	private final ApplicationEventPublisher events;

	WriteMonthlyReport(JdbcClient jdbc, MonthlyReports reports, AuditTrail audit, MetiReports meti,
			ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.reports = reports;
		this.audit = audit;
		this.meti = meti;
	}

	long saveTexts(YearMonth month, String successStories, String issues, Integer lockVersion) {
		return saveTexts(ReportKind.MONTHLY, month, successStories, issues, lockVersion);
	}

	long submit(YearMonth month, int lockVersion) {
		return submit(ReportKind.MONTHLY, month, lockVersion);
	}

	long correct(YearMonth month) {
		return correct(ReportKind.MONTHLY, month);
	}

	/**
	 * Saves the texts on the month's draft (the first version is created on the first
	 * save).
	 * @param lockVersion the draft's version as the form showed it; null when the form
	 * showed no draft
	 * @throws BusinessRuleException {@code report.submitted} when the newest version is
	 * submitted (correct it first), {@code error.optimisticLock} when someone saved in
	 * between
	 */
	@Transactional
	long saveTexts(ReportKind kind, YearMonth month, String successStories, String issues, Integer lockVersion) {
		String stories = text(successStories);
		String problems = text(issues);
		Optional<MonthlyReports.Version> latest = reports.latest(kind, month);
		if (latest.isEmpty()) {
			if (lockVersion != null) {
				throw new BusinessRuleException("error.optimisticLock");
			}
			long id = insert(kind, month, 1, stories, problems);
			audit.created("monthly_report", id, kind.label() + " " + month + " 第1版");
			return id;
		}
		MonthlyReports.Version draft = latest.get();
		if (draft.submitted()) {
			throw new BusinessRuleException("report.submitted", draft.version());
		}
		int updated = jdbc.sql("""
				UPDATE monthly_report SET success_stories = ?, issues = ?, updated_at = now(), updated_by = ?,
				       lock_version = lock_version + 1
				 WHERE id = ? AND NOT submitted AND lock_version = ?""")
			.params(stories, problems, ActingUser.email(), draft.id(), lockVersion == null ? -1 : lockVersion)
			.update();
		if (updated == 0) {
			throw new BusinessRuleException("error.optimisticLock");
		}
		audit.updated("monthly_report", draft.id(), month + " 第" + draft.version() + "版 本文を保存");
		return draft.id();
	}

	/**
	 * Freezes the month's draft: its numbers as computed now and its texts are stored as
	 * the version's snapshot.
	 * @throws BusinessRuleException {@code report.noDraft} when there is no draft to
	 * submit, {@code error.optimisticLock} when the draft changed since the page showed
	 * it
	 */
	@Transactional
	long submit(ReportKind kind, YearMonth month, int lockVersion) {
		MonthlyReports.Version draft = reports.latest(kind, month)
			.filter(v -> !v.submitted())
			.orElseThrow(() -> new BusinessRuleException("report.noDraft"));
		if (draft.lockVersion() != lockVersion) {
			throw new BusinessRuleException("error.optimisticLock");
		}
		Instant now = Instant.now();
		String by = ActingUser.email();
		String snapshot = switch (kind) {
			case MONTHLY -> reports
				.snapshot(reports.compute(month, draft.version(), draft.successStories(), draft.issues(), now, by));
			case METI -> reports.snapshot(meti.compute(month, draft.version(), draft.successStories(), now, by));
		};
		int updated = jdbc.sql("""
				UPDATE monthly_report SET submitted = true, snapshot = ?::jsonb, submitted_at = ?, submitted_by = ?,
				       updated_at = now(), updated_by = ?, lock_version = lock_version + 1
				 WHERE id = ? AND NOT submitted AND lock_version = ?""")
			.params(snapshot, java.sql.Timestamp.from(now), by, by, draft.id(), lockVersion)
			.update();
		if (updated == 0) {
			throw new BusinessRuleException("error.optimisticLock");
		}
		audit.updated("monthly_report", draft.id(), month + " 第" + draft.version() + "版 提出");
		events.publishEvent(new ReportSubmitted(HubScope.require(), kind, month, draft.version(), now));
		return draft.id();
	}

	/**
	 * Starts a correction: the next version, a draft with the texts of the submitted one.
	 * @throws BusinessRuleException {@code report.draftExists} when the newest version is
	 * still a draft
	 */
	@Transactional
	long correct(ReportKind kind, YearMonth month) {
		MonthlyReports.Version submitted = reports.latest(kind, month)
			.orElseThrow(() -> new BusinessRuleException("report.noDraft"));
		if (!submitted.submitted()) {
			throw new BusinessRuleException("report.draftExists");
		}
		long id = insert(kind, month, submitted.version() + 1, submitted.successStories(), submitted.issues());
		audit.created("monthly_report", id, kind.label() + " " + month + " 第" + (submitted.version() + 1) + "版 訂正版を作成");
		return id;
	}

	private long insert(ReportKind kind, YearMonth month, int version, String stories, String issues) {
		String by = ActingUser.email();
		return jdbc.sql("""
				INSERT INTO monthly_report (hub_id, kind, month, version, success_stories, issues, created_by,
				                            updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(HubScope.require(), kind.name(), Date.valueOf(month.atDay(1)), version, stories, issues, by, by)
			.query(Long.class)
			.single();
	}

	private static String text(String value) {
		String t = value == null ? "" : value.strip();
		if (t.length() > MAX_TEXT) {
			throw new BusinessRuleException("report.textTooLong", MAX_TEXT);
		}
		return t;
	}

}
