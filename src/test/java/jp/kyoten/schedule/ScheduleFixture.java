package jp.kyoten.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;

import jp.kyoten.DemoLogins;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.time.HubTime;

/**
 * Hubs, people and appointments for the schedule tests; appointments booked here have no
 * signed-in user.
 */
final class ScheduleFixture {

	static final String CLERK = "clerk-schedule@kumamoto.demo";

	static final String SUB_MANAGER = "sub-schedule@kumamoto.demo";

	static final String AGENCY = "agency-schedule@kumamoto.demo";

	static final String OFFICER = "officer-schedule@kumamoto.demo";

	private final JdbcClient jdbc;

	private final UserAccounts accounts;

	private final BookAppointment book;

	ScheduleFixture(JdbcClient jdbc, UserAccounts accounts, BookAppointment book) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.book = book;
	}

	/** Kumamoto's extra people, created once. */
	void people() {
		long kumamoto = hub("kumamoto");
		accounts.createIfAbsent(kumamoto, CLERK, "受付 三郎", Role.CLERK, DemoLogins.PASSWORD);
		accounts.createIfAbsent(kumamoto, SUB_MANAGER, "副 次長", Role.SUB_MANAGER, DemoLogins.PASSWORD);
		accounts.createAgencyUserIfAbsent(kumamoto, DemoLogins.anyAgencyOf(jdbc, kumamoto), AGENCY, "事業者 担当",
				DemoLogins.PASSWORD);
		accounts.createIfAbsent(kumamoto, OFFICER, "県 職員", Role.PREFECTURE_OFFICER, DemoLogins.PASSWORD);
	}

	long hub(String slug) {
		return jdbc.sql("SELECT id FROM hub WHERE slug = ?").param(slug).query(Long.class).single();
	}

	long user(String email) {
		return jdbc.sql("SELECT id FROM user_account WHERE email = ?").param(email).query(Long.class).single();
	}

	<T> T inKumamoto(Supplier<T> work) {
		return HubScope.callAs(hub("kumamoto"), work);
	}

	<T> T inFukuoka(Supplier<T> work) {
		return HubScope.callAs(hub("fukuoka"), work);
	}

	/** A timed appointment in Japan time. */
	static AppointmentDetails timed(String title, LocalDate day, LocalTime from, LocalTime to, Long ownerId) {
		return new AppointmentDetails(title, AppointmentKind.COMPANY_VISIT, at(day, from), at(day, to), false, "熊本市中央区",
				"社長と面談", ownerId, null, null, null);
	}

	static Instant at(LocalDate day, LocalTime time) {
		return day.atTime(time).atZone(HubTime.ZONE).toInstant();
	}

	long bookInKumamoto(AppointmentDetails details) {
		return inKumamoto(() -> book.book(details));
	}

	long bookInFukuoka(AppointmentDetails details) {
		return inFukuoka(() -> book.book(details));
	}

}
