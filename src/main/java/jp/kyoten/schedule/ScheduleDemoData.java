package jp.kyoten.schedule;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Random;

import org.springframework.stereotype.Component;

import jp.kyoten.identity.StaffMember;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.demo.DemoSeed;
import jp.kyoten.platform.time.HubTime;

/**
 * The demo hubs' calendars: お盆 and 年末年始 closures for last year, this year and next, a
 * weekly whole-hub meeting, and for each staff member visits, meetings, seminars and time
 * out of the office on the open days from three weeks ago to five weeks ahead. The same
 * every start of a fresh database (seeded by the hub's id), relative to today.
 */
@Component
@org.springframework.core.annotation.Order(30)
class ScheduleDemoData implements DemoSeed {

	private final Clock clock;

	record Template(AppointmentKind kind, String title, String location, int hours) {
	}

	static final List<Template> TEMPLATES = List.of(
			new Template(AppointmentKind.COMPANY_VISIT, "%s 訪問（経営課題・人材ニーズのヒアリング）", "%s 本社", 2),
			new Template(AppointmentKind.COMPANY_VISIT, "%s 訪問（求人ニーズの確認と事業者のご案内）", "%s 本社", 1),
			new Template(AppointmentKind.COMPANY_VISIT, "%s 工場見学・生産管理責任者の要件整理", "%s 工場", 2),
			new Template(AppointmentKind.MEETING, "%s と紹介案件の打合せ", "拠点 会議室", 1),
			new Template(AppointmentKind.MEETING, "オンライン面談：%s 取締役", "オンライン（Teams）", 1),
			new Template(AppointmentKind.OUT_OF_OFFICE, "外出（%s 方面）", null, 3),
			new Template(AppointmentKind.OTHER, "相談記録の整理・月次報告の準備", null, 2));

	static final List<String> COMPANIES = List.of("株式会社くまもと精工", "有限会社阿蘇フーズ", "株式会社天草マリンテック", "八代物流株式会社",
			"株式会社菊池エレクトロニクス", "合同会社山鹿ものづくり研究所", "株式会社人吉木材", "玉名酒造株式会社", "株式会社宇城アグリ", "株式会社荒尾メディカル");

	static final List<String> PARTNERS = List.of("肥後銀行 法人営業部", "熊本商工会議所", "日本政策金融公庫", "九州キャリアパートナーズ", "株式会社ひのくに人材");

	static final List<String> AREAS = List.of("県北", "県南", "天草", "阿蘇");

	private final UserAccounts accounts;

	private final BookAppointment book;

	private final ManageClosures closures;

	private final BusinessCalendar calendar;

	ScheduleDemoData(UserAccounts accounts, BookAppointment book, ManageClosures closures, BusinessCalendar calendar,
			Clock clock) {
		this.clock = clock;
		this.accounts = accounts;
		this.book = book;
		this.closures = closures;
		this.calendar = calendar;
	}

	@Override
	public void seed(long hubId, String prefectureCode, int count) {
		LocalDate today = LocalDate.now(clock);
		for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
			closures.addSeasonal(year);
		}
		List<StaffMember> staff = accounts.membersOf(hubId).stream().filter(StaffMember::isStaff).toList();
		Random random = new Random(hubId);
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		for (LocalDate day = monday.minusWeeks(3); day.isBefore(monday.plusWeeks(6)); day = day.plusDays(1)) {
			if (!calendar.isOpen(hubId, day)) {
				continue;
			}
			if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
				book.book(timed("週次定例ミーティング（案件共有）", AppointmentKind.MEETING, day, LocalTime.of(9, 15), 45, "拠点 会議室",
						null));
			}
			if (day.getDayOfWeek() == DayOfWeek.THURSDAY
					&& day.get(java.time.temporal.ChronoField.ALIGNED_WEEK_OF_MONTH) == 3) {
				book.book(timed("経営者向けセミナー「副業・兼業人材の活かし方」", AppointmentKind.EVENT, day, LocalTime.of(14, 0), 120,
						"熊本市国際交流会館 第1会議室", null));
			}
			for (StaffMember member : staff) {
				seedDay(member, day, random);
			}
		}
	}

	private void seedDay(StaffMember member, LocalDate day, Random random) {
		LocalTime at = LocalTime.of(10, 0);
		int appointments = random.nextInt(3);
		for (int i = 0; i < appointments; i++) {
			Template t = TEMPLATES.get(random.nextInt(TEMPLATES.size()));
			String who = t.kind() == AppointmentKind.MEETING ? PARTNERS.get(random.nextInt(PARTNERS.size()))
					: t.kind() == AppointmentKind.OUT_OF_OFFICE ? AREAS.get(random.nextInt(AREAS.size()))
							: COMPANIES.get(random.nextInt(COMPANIES.size()));
			String title = t.title().contains("%s") ? t.title().formatted(who) : t.title();
			String location = t.location() == null ? null
					: t.location().contains("%s") ? t.location().formatted(who) : t.location();
			if (at.plusHours(t.hours()).isAfter(LocalTime.of(17, 0))) {
				return;
			}
			book.book(timed(title, t.kind(), day, at, t.hours() * 60, location, member.id()));
			at = at.plusHours(t.hours() + 1);
		}
	}

	private static AppointmentDetails timed(String title, AppointmentKind kind, LocalDate day, LocalTime start,
			int minutes, String location, Long ownerId) {
		var from = day.atTime(start).atZone(HubTime.ZONE).toInstant();
		return new AppointmentDetails(title, kind, from, from.plusSeconds(minutes * 60L), false, location, null,
				ownerId, null, null, null);
	}

}
