package jp.kyoten.privacy;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.kyoten.platform.demo.DemoSeed;
import jp.kyoten.platform.time.HubTime;

/**
 * Demo records of the personal-data duties for a demo hub (in scope): the register filled
 * from the hub's accounts, its manager named the person responsible, an outside system
 * engineer entered by hand, the older changes told to the prefecture; and one incident
 * found a few days ago (a mail sent to the wrong address) with its 速報 made.
 */
@Component
@Order(70)
class SampleRegister implements DemoSeed {

	private final KeepRegister keep;

	private final Incidents incidents;

	private final JdbcClient jdbc;

	private final Clock clock;

	SampleRegister(KeepRegister keep, Incidents incidents, JdbcClient jdbc, Clock clock) {
		this.keep = keep;
		this.incidents = incidents;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The Kumamoto demo hub's register, kept by its manager and coordinator (the demo's
	 * users).
	 */
	@Override
	public void seed(long hubId, String prefectureCode, int count) {
		if ("43".equals(prefectureCode)) {
			seed("manager@kumamoto.demo", "coordinator@kumamoto.demo");
		}
	}

	void seed(String managerEmail, String coordinatorEmail) {
		LocalDate today = LocalDate.now(clock.withZone(HubTime.ZONE));
		keep.followAll();
		jdbc.sql("""
				UPDATE privacy_handler SET responsible = true, nationality = '日本',
				       expertise = '個人情報保護士、情報セキュリティマネジメント試験 合格', from_date = ?
				 WHERE user_id = (SELECT min(user_id) FROM privacy_handler WHERE role_title LIKE '%マネージャー%')""")
			.param(java.sql.Date.valueOf(today.withDayOfMonth(1).minusMonths(8)))
			.update();
		keep.add(new HandlerForm(false, "Nguyen Van An", "株式会社くまもとシステム（保守委託先）", "システム保守担当",
				"拠点のシステムに保存されたすべての個人情報（保守作業の間のみ）", "ベトナム", "情報処理安全確保支援士、年1回の個人情報保護研修", today.minusMonths(6), null,
				null));
		jdbc.sql("UPDATE privacy_handler_change SET prefecture_told_on = effective_on - 3, told_by = ? "
				+ "WHERE source = 'ACCOUNT'")
			.param(managerEmail)
			.update();
		incidents.record(new IncidentForm(today.minusDays(2), today.minusDays(3), "セミナー案内メールの誤送信",
				"経営者向けセミナーの案内メールを、宛先を BCC にせず送信した。", "氏名、メールアドレス", 38, 38, "拠点事務所（メール送信）", "送信前の確認の手順が守られなかった。",
				"受信者に削除を依頼し、送信の手順を二人で確かめる手順に改めた。", false, coordinatorEmail, today.minusDays(7), today,
				today.minusDays(1), "熊本県 商工労働部", null, null, null));

	}

}
