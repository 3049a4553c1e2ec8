package jp.kyoten.moving;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.kyoten.activity.Channel;
import jp.kyoten.activity.ManagementIssue;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * The codes a coded field takes and the code a value of a hub's sheet most likely stands
 * for (来訪 → 来所 VISIT_IN, Zoom → ONLINE, 人材 → 人材確保 RECRUITMENT, 初回 → 新規), offered as the
 * default of the value mapping; the person can change each. Issues may be several in one
 * cell, separated by 、 , ・ / or line breaks.
 */
public final class CodedValues {

	/**
	 * 新規 or 継続 (a follow-up of the company's earlier consultation, not counted again by
	 * KPI 1).
	 */
	public static final String NEW = "NEW";

	public static final String FOLLOW_UP = "FOLLOW_UP";

	private static final Map<String, String> CHANNEL = words("来所:VISIT_IN", "来訪:VISIT_IN", "窓口:VISIT_IN",
			"訪問:VISIT_OUT", "往訪:VISIT_OUT", "出張:VISIT_OUT", "電話:PHONE", "tel:PHONE", "オンライン:ONLINE", "zoom:ONLINE",
			"web会議:ONLINE", "teams:ONLINE", "メール:EMAIL", "mail:EMAIL", "フォーム:PORTAL_FORM", "ポータル:PORTAL_FORM",
			"セミナー:SEMINAR", "個別相談会:SEMINAR");

	private static final Map<String, String> ISSUE = words("販路:SALES_CHANNEL", "営業:SALES_CHANNEL", "生産性:PRODUCTIVITY",
			"新商品:NEW_PRODUCT", "新製品:NEW_PRODUCT", "dx:DX", "デジタル:DX", "it:DX", "事業承継:SUCCESSION", "承継:SUCCESSION",
			"人材:RECRUITMENT", "採用:RECRUITMENT", "組織:ORGANISATION", "人事:ORGANISATION", "海外:OVERSEAS", "財務:FINANCE",
			"資金:FINANCE", "価格転嫁:PRICE_PASS_THROUGH", "省力化:LABOUR_SAVING", "省エネ:CARBON_NEUTRAL", "cn:CARBON_NEUTRAL",
			"脱炭素:CARBON_NEUTRAL", "知財:INTELLECTUAL_PROPERTY", "知的財産:INTELLECTUAL_PROPERTY", "インボイス:INVOICE",
			"その他:OTHER");

	private static final Map<String, String> NEW_OR_FOLLOW_UP = words("新規:NEW", "初回:NEW", "初:NEW", "継続:FOLLOW_UP",
			"フォロー:FOLLOW_UP", "2回目:FOLLOW_UP", "再:FOLLOW_UP");

	private static final Map<String, String> JOB_CATEGORY = words("システム:IT_ENGINEER", "itエンジニア:IT_ENGINEER",
			"エンジニア:ENGINEERING", "設計:ENGINEERING", "生産技術:ENGINEERING", "経理:FINANCE", "財務:FINANCE", "広報:MARKETING",
			"マーケ:MARKETING", "商品企画:PRODUCT_PLANNING", "新製品:PRODUCT_PLANNING", "経営企画:CORPORATE_PLANNING", "研究:R_AND_D",
			"開発:R_AND_D", "総務:GENERAL_AFFAIRS", "物流:LOGISTICS", "購買:LOGISTICS", "人事:HR", "クリエイティブ:CREATIVE",
			"デザイン:CREATIVE", "法務:LEGAL", "営業:SALES", "販売:SALES", "生産:PRODUCTION", "品質:PRODUCTION", "工場:PRODUCTION",
			"その他:OTHER");

	private static final Map<String, String> EMPLOYMENT_FORM = words("正社員:FULL_TIME", "常勤:FULL_TIME", "正規:FULL_TIME",
			"副業:SIDE_JOB", "兼業:SIDE_JOB", "顧問:ADVISOR", "業務委託:CONTRACT", "委託:CONTRACT", "出向:SECONDMENT");

	/**
	 * The events module's kinds (its {@code event.kind} codes), for the new past event of
	 * a participants list.
	 */
	static final List<String> EVENT_KINDS = List.of("SEMINAR", "MINI_SEMINAR", "COUNCIL", "NETWORKING", "WORKSHOP",
			"MATCHING", "SYMPOSIUM", "CONSULTATION_DAY");

	private static final Map<String, String> EVENT_KIND = words("ミニ:MINI_SEMINAR", "セミナー:SEMINAR", "講演:SEMINAR",
			"協議会:COUNCIL", "交流:NETWORKING", "連続講座:WORKSHOP", "講座:WORKSHOP", "ワークショップ:WORKSHOP", "マッチング:MATCHING",
			"面接:MATCHING", "シンポジウム:SYMPOSIUM", "相談会:CONSULTATION_DAY");

	private CodedValues() {
	}

	/**
	 * The codes of the field, in order; their labels are the messages
	 * {@code prefix + code}.
	 */
	public static List<String> codes(Field field) {
		return switch (field) {
			case CHANNEL -> java.util.Arrays.stream(Channel.values()).map(Enum::name).toList();
			case ISSUES -> java.util.Arrays.stream(ManagementIssue.values()).map(Enum::name).toList();
			case NEW_OR_FOLLOW_UP -> List.of(NEW, FOLLOW_UP);
			case JOB_CATEGORY -> java.util.Arrays.stream(JobCategory.values()).map(Enum::name).toList();
			case EMPLOYMENT_FORM -> java.util.Arrays.stream(EmploymentForm.values()).map(Enum::name).toList();
			case EVENT_KIND -> EVENT_KINDS;
			default -> List.of();
		};
	}

	/** The message key prefix of the field's code labels. */
	public static String labelPrefix(Field field) {
		return switch (field) {
			case CHANNEL -> "channel.";
			case ISSUES -> "issue.";
			case JOB_CATEGORY -> "jobCategory.";
			case EMPLOYMENT_FORM -> "employmentForm.";
			case EVENT_KIND -> "eventKind.";
			default -> "moving.newOrFollowUp.";
		};
	}

	/** The code the value most likely stands for, or null when nothing suggests one. */
	public static String suggest(Field field, String value) {
		String v = CellValues.fold(value);
		if (v == null) {
			return null;
		}
		if (codes(field).contains(v.toUpperCase(Locale.ROOT))) {
			return v.toUpperCase(Locale.ROOT);
		}
		Map<String, String> words = switch (field) {
			case CHANNEL -> CHANNEL;
			case ISSUES -> ISSUE;
			case NEW_OR_FOLLOW_UP -> NEW_OR_FOLLOW_UP;
			case JOB_CATEGORY -> JOB_CATEGORY;
			case EMPLOYMENT_FORM -> EMPLOYMENT_FORM;
			case EVENT_KIND -> EVENT_KIND;
			default -> Map.of();
		};
		String lower = v.toLowerCase(Locale.ROOT);
		for (Map.Entry<String, String> w : words.entrySet()) {
			if (lower.contains(w.getKey())) {
				return w.getValue();
			}
		}
		return null;
	}

	/** The values a cell holds: issues may be several; other fields one. */
	public static List<String> split(Field field, String cell) {
		String v = CellValues.fold(cell);
		if (v == null) {
			return List.of();
		}
		if (field != Field.ISSUES) {
			return List.of(v);
		}
		List<String> parts = new ArrayList<>();
		for (String p : v.split("[、,・/\\n;；]")) {
			if (!p.isBlank()) {
				parts.add(p.strip());
			}
		}
		return parts;
	}

	private static Map<String, String> words(String... pairs) {
		Map<String, String> m = new LinkedHashMap<>();
		for (String p : pairs) {
			int i = p.lastIndexOf(':');
			m.put(p.substring(0, i), p.substring(i + 1));
		}
		return m;
	}

}
