package jp.kyoten.obligations;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.identity.CurrentUser;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.ActingUser;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * The manager keeps the year's obligations: changes a minimum, a due date, the warning
 * days or the note, adds one of the hub's own, removes one, moves the contract's start
 * (the documents due after it move with it), and hands in a document (its file kept here
 * for the prefecture to read). The prefecture's officer approves a document or sends it
 * back with a comment; each decision is kept with who and when.
 */
@Service
@Transactional
public class ChangeObligations {

	/** What the manager may change on an obligation; null leaves a value as it is. */
	public record Changes(String title, Integer minimum, LocalDate dueOn, Integer dueDay, Integer warnDays,
			String note) {
	}

	/** A handed-in document's file. */
	public record StoredFile(String name, String contentType, byte[] data) {
	}

	/** A prefecture decision on a document. */
	public record Decision(String decision, String comment, String decidedName, Instant decidedAt) {
	}

	static final int MAX_FILE = 10 * 1024 * 1024;

	private final JdbcClient jdbc;

	private final Obligations obligations;

	private final AuditTrail audit;

	ChangeObligations(JdbcClient jdbc, Obligations obligations, AuditTrail audit) {
		this.jdbc = jdbc;
		this.obligations = obligations;
		this.audit = audit;
	}

	/**
	 * @throws BusinessRuleException {@code obligation.invalid} for a minimum below 1, a
	 * due day outside 1–28 or warning days outside 0–90; {@code error.optimisticLock}
	 * when someone changed it meanwhile
	 */
	public void change(long id, int version, Changes c) {
		if (c.minimum() != null && c.minimum() < 1 || c.dueDay() != null && (c.dueDay() < 1 || c.dueDay() > 28)
				|| c.warnDays() != null && (c.warnDays() < 0 || c.warnDays() > 90)
				|| c.title() != null && (c.title().isBlank() || c.title().length() > 200)
				|| c.note() != null && c.note().length() > 1000) {
			throw new BusinessRuleException("obligation.invalid");
		}
		int updated = jdbc.sql("""
				UPDATE obligation SET title = coalesce(?, title),
				       minimum = CASE WHEN kind = 'EVENT_COUNT' THEN coalesce(?, minimum) END,
				       due_on = CASE WHEN kind <> 'MONTHLY_REPORT' THEN coalesce(?, due_on) END,
				       due_day = CASE WHEN kind = 'MONTHLY_REPORT' THEN coalesce(?, due_day) END,
				       warn_days = coalesce(?, warn_days), note = ?, updated_at = now(), updated_by = ?,
				       version = version + 1
				 WHERE id = ? AND version = ?""")
			.params(c.title() == null ? null : c.title().strip(), c.minimum(),
					c.dueOn() == null ? null : Date.valueOf(c.dueOn()), c.dueDay(), c.warnDays(),
					c.note() == null || c.note().isBlank() ? null : c.note().strip(), ActingUser.email(), id, version)
			.update();
		if (updated == 0) {
			exists(id);
			throw new BusinessRuleException("error.optimisticLock");
		}
		audit.updated("obligation", id, c.toString());
	}

	/**
	 * Adds an obligation of the hub's own: a count of events of a kind, or a document due
	 * by a date.
	 */
	public long add(int fiscalYear, ObligationKind kind, String title, String eventKind, Integer minimum,
			LocalDate dueOn) {
		obligations.ensureYear(fiscalYear);
		if (title == null || title.isBlank() || title.length() > 200 || kind == ObligationKind.MONTHLY_REPORT
				|| dueOn == null || kind == ObligationKind.EVENT_COUNT && (eventKind == null || minimum == null
						|| minimum < 1 || !eventKind.matches("[A-Z_]{3,30}"))) {
			throw new BusinessRuleException("obligation.invalid");
		}
		long id = jdbc.sql("""
				INSERT INTO obligation (hub_id, fiscal_year, kind, title, event_kind, minimum, due_on, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(HubScope.require(), fiscalYear, kind.name(), title.strip(),
					kind == ObligationKind.EVENT_COUNT ? eventKind : null,
					kind == ObligationKind.EVENT_COUNT ? minimum : null, Date.valueOf(dueOn), ActingUser.email())
			.query(Long.class)
			.single();
		audit.created("obligation", id, title);
		return id;
	}

	public void remove(long id) {
		exists(id);
		jdbc.sql("DELETE FROM obligation WHERE id = ?").param(id).update();
		audit.deleted("obligation", id, "obligation");
	}

	/**
	 * Moves the contract's start; documents not yet handed in that were due relative to
	 * it move by as much.
	 */
	public void contractStart(int fiscalYear, LocalDate start) {
		if (start == null || Obligations.fiscalYearOf(start) != fiscalYear) {
			throw new BusinessRuleException("obligation.contractStart.outsideYear");
		}
		LocalDate old = obligations.contractStart(fiscalYear);
		jdbc.sql("UPDATE obligation_year SET contract_start = ? WHERE hub_id = ? AND fiscal_year = ?")
			.params(Date.valueOf(start), HubScope.require(), fiscalYear)
			.update();
		jdbc.sql("""
				UPDATE obligation SET due_on = due_on + (?::date - ?::date), version = version + 1
				 WHERE hub_id = ? AND fiscal_year = ? AND kind = 'DOCUMENT' AND submitted_on IS NULL
				   AND seed_key IS NOT NULL""")
			.params(Date.valueOf(start), Date.valueOf(old), HubScope.require(), fiscalYear)
			.update();
		audit.updated("obligation_year", fiscalYear, "contract start " + start);
	}

	/**
	 * Hands in a document: the day, and the file when given. A document the prefecture
	 * approves waits for its decision again (a re-submission after it was sent back too).
	 * @throws BusinessRuleException {@code obligation.notDocument},
	 * {@code obligation.file.tooLarge}
	 */
	public void submit(long id, LocalDate submittedOn, String fileName, String contentType, byte[] data) {
		ObligationView o = obligations.get(id, Obligations.today());
		if (o.kind() != ObligationKind.DOCUMENT) {
			throw new BusinessRuleException("obligation.notDocument");
		}
		if (data != null && data.length > MAX_FILE) {
			throw new BusinessRuleException("obligation.file.tooLarge");
		}
		boolean file = data != null && data.length > 0;
		jdbc.sql("""
				UPDATE obligation SET submitted_on = ?, approval = CASE WHEN needs_approval THEN 'PENDING' END,
				       file_name = CASE WHEN ? THEN ? ELSE file_name END,
				       content_type = CASE WHEN ? THEN ? ELSE content_type END,
				       file_data = CASE WHEN ? THEN ? ELSE file_data END,
				       updated_at = now(), updated_by = ?, version = version + 1
				 WHERE id = ?""")
			.params(Date.valueOf(submittedOn == null ? Obligations.today() : submittedOn), file,
					file ? safeName(fileName) : null, file, file ? contentType(contentType) : null, file,
					file ? data : null, ActingUser.email(), id)
			.update();
		audit.updated("obligation", id, "submitted " + o.title());
	}

	/**
	 * The prefecture decides on a handed-in document.
	 * @throws BusinessRuleException {@code obligation.notAwaiting} when it waits for no
	 * decision, {@code approval.commentRequired} for a send-back without a comment
	 */
	public void decide(long id, boolean approve, String comment) {
		ObligationView o = obligations.get(id, Obligations.today());
		if (!o.needsApproval() || !"PENDING".equals(o.approval())) {
			throw new BusinessRuleException("obligation.notAwaiting");
		}
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (!approve && text == null) {
			throw new BusinessRuleException("approval.commentRequired");
		}
		if (text != null && text.length() > 2000) {
			throw new BusinessRuleException("approval.commentTooLong", 2000);
		}
		KyotenUser user = CurrentUser.get().orElse(null);
		String decision = approve ? "APPROVED" : "SENT_BACK";
		jdbc.sql("UPDATE obligation SET approval = ?, updated_at = now(), updated_by = ?, version = version + 1 "
				+ "WHERE id = ?")
			.params(decision, ActingUser.email(), id)
			.update();
		jdbc.sql("""
				INSERT INTO obligation_decision (hub_id, obligation_id, decision, comment, decided_by, decided_name)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(HubScope.require(), id, decision, text, user == null ? null : user.userId(),
					user == null ? "system" : user.displayName())
			.update();
		audit.updated("obligation", id, decision + (text == null ? "" : ": " + text));
	}

	@Transactional(readOnly = true)
	public List<Decision> decisions(long id) {
		return jdbc.sql("""
				SELECT decision, comment, decided_name, decided_at FROM obligation_decision
				 WHERE obligation_id = ? ORDER BY decided_at, id""")
			.param(id)
			.query((rs, n) -> new Decision(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	/** The handed-in file: name, type, bytes. */
	@Transactional(readOnly = true)
	public java.util.Optional<StoredFile> file(long id) {
		return jdbc
			.sql("SELECT file_name, content_type, file_data FROM obligation WHERE id = ? AND file_data IS NOT NULL")
			.param(id)
			.query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	private void exists(long id) {
		if (jdbc.sql("SELECT count(*) FROM obligation WHERE id = ?").param(id).query(Integer.class).single() == 0) {
			throw new RecordNotFoundException("obligation", id);
		}
	}

	private static String safeName(String name) {
		String n = name == null || name.isBlank() ? "document" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
		return n.length() > 200 ? n.substring(n.length() - 200) : n;
	}

	private static String contentType(String type) {
		return type != null && type.matches("[\\w.+-]+/[\\w.+-]+") && type.length() <= 100 ? type
				: "application/octet-stream";
	}

}
