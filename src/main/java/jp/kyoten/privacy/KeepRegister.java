package jp.kyoten.privacy;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.StaffMember;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.mail.MailOutbox;
import jp.kyoten.mail.OutgoingMail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.ActingUser;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.time.HubTime;
import jp.kyoten.platform.web.PublicAddress;

/**
 * Keeps the register of data handlers (作業従事者名簿, seed 000 第4, seed 001 情セ 4)): people
 * added, changed and ended by the manager, and the hub's staff accounts followed as they
 * come, change role or name, and go. Every change is kept in the history, waits for the
 * day the prefecture was told, and tells the hub's managers by mail that the prefecture
 * must be told before it takes effect. Works on the hub in scope.
 */
@Service
@Transactional
class KeepRegister {

	private final JdbcClient jdbc;

	private final Register register;

	private final UserAccounts accounts;

	private final Hubs hubs;

	private final MailOutbox outbox;

	private final PublicAddress address;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final Clock clock;

	KeepRegister(JdbcClient jdbc, Register register, UserAccounts accounts, Hubs hubs, MailOutbox outbox,
			PublicAddress address, MessageSource messages, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.register = register;
		this.accounts = accounts;
		this.hubs = hubs;
		this.outbox = outbox;
		this.address = address;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	long add(HandlerForm f) {
		check(f);
		long id = jdbc.sql("""
				INSERT INTO privacy_handler (hub_id, responsible, name, organisation, role_title, data_handled,
				                             nationality, expertise, from_date, to_date)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(HubScope.require(), f.responsibleTicked(), f.name().strip(), f.organisation().strip(),
					f.roleTitle().strip(), f.dataHandled().strip(), blank(f.nationality()), blank(f.expertise()),
					Date.valueOf(f.fromDate()), f.toDate() == null ? null : Date.valueOf(f.toDate()))
			.query(Long.class)
			.single();
		changed(id, "ADDED", "MANUAL", words("handler.change.added", f.name().strip(), f.roleTitle().strip()),
				f.fromDate());
		audit.created("privacy_handler", id, f.name());
		return id;
	}

	/**
	 * @throws BusinessRuleException {@code error.optimisticLock} when someone changed it
	 * meanwhile
	 */
	void change(long id, HandlerForm f) {
		check(f);
		Handler old = register.get(id);
		int updated = jdbc
			.sql("""
					UPDATE privacy_handler SET responsible = ?, name = ?, organisation = ?, role_title = ?, data_handled = ?,
					       nationality = ?, expertise = ?, from_date = ?, to_date = ?, updated_at = now(),
					       version = version + 1
					 WHERE id = ? AND version = ?""")
			.params(f.responsibleTicked(), f.name().strip(), f.organisation().strip(), f.roleTitle().strip(),
					f.dataHandled().strip(), blank(f.nationality()), blank(f.expertise()), Date.valueOf(f.fromDate()),
					f.toDate() == null ? null : Date.valueOf(f.toDate()), id, f.version() == null ? -1 : f.version())
			.update();
		if (updated == 0) {
			throw new BusinessRuleException("error.optimisticLock");
		}
		boolean ends = old.toDate() == null && f.toDate() != null;
		String summary = describe(old, f);
		changed(id, ends ? "ENDED" : "CHANGED", "MANUAL", summary, ends ? f.toDate() : currentDay());
		audit.updated("privacy_handler", id, summary);
	}

	/** The manager told the prefecture of a change on the day. */
	void markTold(long changeId, LocalDate on) {
		if (on == null || on.isAfter(currentDay())) {
			throw new BusinessRuleException("handler.told.date");
		}
		int updated = jdbc
			.sql("UPDATE privacy_handler_change SET prefecture_told_on = ?, told_by = ? "
					+ "WHERE id = ? AND prefecture_told_on IS NULL")
			.params(Date.valueOf(on), ActingUser.email(), changeId)
			.update();
		if (updated == 0) {
			throw new jp.kyoten.platform.RecordNotFoundException("handler change", changeId);
		}
		audit.updated("privacy_handler_change", changeId, "県へ届出 " + on);
	}

	/**
	 * Brings the entry of one account in step with it: a staff account (manager,
	 * sub-manager, coordinator, clerk) that is enabled is on the register, with its name
	 * and role; one disabled or given a role that handles no personal data ends on the
	 * day. The hub is in scope.
	 */
	void follow(long userId) {
		long hubId = HubScope.require();
		Optional<StaffMember> member = accounts.memberOf(hubId, userId);
		Optional<Handler> entry = register.ofUser(userId);
		boolean handles = member.map(m -> m.isStaff() && m.enabled()).orElse(false);
		LocalDate today = currentDay();
		if (entry.isEmpty()) {
			if (!handles) {
				return;
			}
			StaffMember m = member.get();
			long id = jdbc.sql("""
					INSERT INTO privacy_handler (hub_id, user_id, responsible, name, organisation, role_title,
					                             data_handled, from_date)
					VALUES (?, ?, false, ?, ?, ?, ?, ?) RETURNING id""")
				.params(hubId, userId, m.displayName(), hubs.nameOf(hubId), roleLabel(m.role()),
						words("handler.defaultData." + m.role().name()), Date.valueOf(today))
				.query(Long.class)
				.single();
			changed(id, "ADDED", "ACCOUNT", words("handler.change.added", m.displayName(), roleLabel(m.role())), today);
			return;
		}
		Handler h = entry.get();
		if (!handles) {
			if (h.toDate() == null) {
				LocalDate end = today.isBefore(h.fromDate()) ? h.fromDate() : today;
				jdbc.sql(
						"UPDATE privacy_handler SET to_date = ?, updated_at = now(), version = version + 1 WHERE id = ?")
					.params(Date.valueOf(end), h.id())
					.update();
				changed(h.id(), "ENDED", "ACCOUNT", words("handler.change.ended", h.name()), end);
			}
			return;
		}
		StaffMember m = member.get();
		String role = roleLabel(m.role());
		if (h.toDate() != null || !h.name().equals(m.displayName()) || !h.roleTitle().equals(role)) {
			jdbc.sql("""
					UPDATE privacy_handler SET name = ?, role_title = ?, to_date = NULL, updated_at = now(),
					       version = version + 1 WHERE id = ?""").params(m.displayName(), role, h.id()).update();
			String summary = h.toDate() != null ? words("handler.change.resumed", m.displayName())
					: words("handler.change.account", h.name(), h.roleTitle(), m.displayName(), role);
			changed(h.id(), "CHANGED", "ACCOUNT", summary, today);
		}
	}

	/**
	 * Follows every account of the hub in scope: what the register page runs, in case a
	 * change was missed.
	 */
	void followAll() {
		long hubId = HubScope.require();
		for (StaffMember m : accounts.membersOf(hubId)) {
			follow(m.id());
		}
	}

	private void changed(long handlerId, String kind, String source, String summary, LocalDate effectiveOn) {
		jdbc.sql("""
				INSERT INTO privacy_handler_change (hub_id, handler_id, kind, source, summary, effective_on, changed_by)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(HubScope.require(), handlerId, kind, source,
					summary.length() > 1000 ? summary.substring(0, 1000) : summary, Date.valueOf(effectiveOn),
					ActingUser.email())
			.update();
		tellManagers(summary, effectiveOn);
	}

	/**
	 * Seed 001 情セ 4): a change of handlers is shown to the prefecture before it takes
	 * effect.
	 */
	private void tellManagers(String summary, LocalDate effectiveOn) {
		long hubId = HubScope.require();
		String body = words("handler.mail.body", summary, HubTime.date(effectiveOn), address.link("/privacy/handlers"));
		for (StaffMember m : accounts.membersOf(hubId)) {
			if (m.role() == Role.HUB_MANAGER && m.enabled()) {
				accounts.emailOf(hubId, m.id())
					.ifPresent(email -> outbox
						.enqueue(new OutgoingMail(email, m.displayName(), words("handler.mail.subject"), body, null)));
			}
		}
	}

	private static void check(HandlerForm f) {
		if (f.toDate() != null && f.fromDate() != null && f.toDate().isBefore(f.fromDate())) {
			throw new BusinessRuleException("handler.dates");
		}
	}

	private String describe(Handler old, HandlerForm f) {
		StringBuilder s = new StringBuilder(f.name().strip());
		if (!old.name().equals(f.name().strip())) {
			s.append("：氏名 ").append(old.name()).append(" → ").append(f.name().strip());
		}
		if (!old.roleTitle().equals(f.roleTitle().strip())) {
			s.append("：役職 ").append(old.roleTitle()).append(" → ").append(f.roleTitle().strip());
		}
		if (!old.dataHandled().equals(f.dataHandled().strip())) {
			s.append("：取り扱う個人情報 ").append(f.dataHandled().strip());
		}
		if (old.responsible() != f.responsibleTicked()) {
			s.append(f.responsibleTicked() ? "：個人情報保護責任者に" : "：個人情報保護責任者から外す");
		}
		if (old.toDate() == null && f.toDate() != null) {
			s.append("：従事終了 ").append(f.toDate());
		}
		return s.toString();
	}

	private String roleLabel(Role role) {
		return words("role." + role.name());
	}

	private LocalDate currentDay() {
		return LocalDate.now(clock.withZone(HubTime.ZONE));
	}

	private String words(String key, Object... args) {
		return messages.getMessage(key, args, Locale.JAPANESE);
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
