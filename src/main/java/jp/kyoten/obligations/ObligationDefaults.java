package jp.kyoten.obligations;

import java.time.LocalDate;
import java.util.List;

import jp.kyoten.hub.HubKind;

/**
 * The obligations each hub kind's contract names, seeded once per hub and fiscal year
 * (the manager edits them after):
 * <ul>
 * <li>PRO_TALENT (seed 000): 協議会 at least 5 times a year with a theme (§5(1)⑦), the
 * executive seminar once and mini-seminars at least twice (§5(1)⑪); the seminar plan
 * (セミナー計画書, approved by the prefecture) and the publicity plan (広報計画書) within a month of
 * the contract's start (§5(1)⑪, ⑥); the contact chart (連絡体制図) at once after the contract
 * (§13(3), read as within a week); the monthly report every month (§5(1)⑤, due date not
 * named: read as the 10th of the next month, editable);
 * <li>TALENT_PROGRAMME (seed 001 §2–3): networking events about 5 times, seminars about 7
 * times, matching events (one digital, one foreign talent), the symposium once; the 実績報告
 * by the 15th of the next month (§3(4));
 * <li>YOROZU (seed 004 II.3): the 地域支援機関連携フォーラム and the よろず支援拠点連携フォーラム, once a year each
 * (kept as symposiums, two in all); the monthly support records to the national HQ every
 * month (read as the 10th).
 * </ul>
 * Event counts are due by the year's last day (31 March).
 */
final class ObligationDefaults {

	record Default(String seedKey, ObligationKind kind, String title, String eventKind, Integer minimum,
			Integer dueDaysAfterStart, String reportKind, Integer dueDay, boolean needsApproval, int warnDays) {

		/**
		 * EVENT_COUNT: the year's last day; DOCUMENT: the contract's start plus its days.
		 */
		LocalDate dueOn(int fiscalYear, LocalDate contractStart) {
			return switch (kind) {
				case EVENT_COUNT -> LocalDate.of(fiscalYear + 1, 3, 31);
				case DOCUMENT -> contractStart.plusDays(dueDaysAfterStart);
				case MONTHLY_REPORT -> null;
			};
		}

	}

	private ObligationDefaults() {
	}

	static Default events(String key, String title, String eventKind, int minimum) {
		return new Default(key, ObligationKind.EVENT_COUNT, title, eventKind, minimum, null, null, null, false, 60);
	}

	static Default document(String key, String title, int days, boolean approval) {
		return new Default(key, ObligationKind.DOCUMENT, title, null, null, days, null, null, approval, 14);
	}

	static Default report(String key, String title, String reportKind, int dueDay) {
		return new Default(key, ObligationKind.MONTHLY_REPORT, title, null, null, null, reportKind, dueDay, false, 5);
	}

	static List<Default> of(HubKind kind) {
		return switch (kind) {
			case PRO_TALENT -> List.of(events("COUNCILS", "協議会の開催（年5回以上・テーマ必須）", "COUNCIL", 5),
					events("EXECUTIVE_SEMINAR", "経営者向けセミナーの開催（年1回）", "SEMINAR", 1),
					events("MINI_SEMINARS", "ミニセミナーの開催（年2回以上）", "MINI_SEMINAR", 2),
					document("SEMINAR_PLAN", "セミナー計画書の提出・県の承諾（業務委託開始後1か月以内）", 30, true),
					document("PUBLICITY_PLAN", "広報計画書の提出（業務委託開始後1か月以内）", 30, true),
					document("CONTACT_CHART", "連絡体制図の提出（契約締結後速やかに）", 7, false),
					report("MONTHLY_REPORT", "月次報告（県・内閣府へ毎月）", "MONTHLY", 10));
			case TALENT_PROGRAMME -> List.of(events("NETWORKING", "ネットワーキングイベント（5回程度）", "NETWORKING", 5),
					events("SEMINARS", "セミナー・個別相談会（7回程度）", "SEMINAR", 7),
					events("MATCHING", "マッチングイベント（デジタル人材・高度外国人材）", "MATCHING", 2),
					events("SYMPOSIUM", "シンポジウム（1回程度）", "SYMPOSIUM", 1),
					report("METI_REPORT", "実績報告（翌月15日まで）", "METI", 15));
			case YOROZU -> List.of(events("FORUMS", "地域支援機関連携フォーラム・よろず支援拠点連携フォーラム（各年1回以上）", "SYMPOSIUM", 2),
					report("MONTHLY_RECORDS", "支援実績の月次報告（全国本部へ毎月）", "MONTHLY", 10));
		};
	}

}
