package jp.kyoten.moving;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A field of Kyoten a spreadsheet's column can be mapped to, with the header names hubs
 * give it (法人名 / 会社名 / 企業名 …, and the English ones) from which the wizard suggests the
 * mapping, and whether its values are codes the person maps value by value (a channel,
 * the management issues, 新規/継続). Labels are messages {@code moving.field.X}.
 */
public enum Field {

	CORPORATE_NUMBER(false, "法人番号", "corporate number", "corporatenumber", "法人no"),
	COMPANY_NAME(false, "法人名", "会社名", "企業名", "事業者名", "商号", "名称", "相談企業", "企業", "company", "company name", "name"),
	COMPANY_KANA(false, "フリガナ", "ふりがな", "カナ", "法人名カナ", "会社名カナ", "企業名カナ", "kana"),
	POSTAL_CODE(false, "郵便番号", "〒", "postal code", "zip"), ADDRESS(false, "住所", "所在地", "本社所在地", "address"),
	INDUSTRY(false, "業種", "産業分類", "業種コード", "industry"), EMPLOYEES(false, "従業員数", "従業員", "社員数", "employees"),
	CAPITAL(false, "資本金", "capital"), REPRESENTATIVE(false, "代表者", "代表者名", "代表", "representative"),
	PHONE(false, "電話番号", "電話", "tel", "phone"), URL(false, "url", "ホームページ", "hp", "website"), SME(false, "中小企業", "sme"),
	NOTES(false, "備考", "メモ", "notes", "memo"),
	CONTACT_NAME(false, "担当者", "担当者名", "ご担当者", "参加者", "参加者名", "氏名", "contact", "contact name"),
	CONTACT_DEPARTMENT(false, "部署", "所属", "department"),
	CONTACT_EMAIL(false, "メール", "メールアドレス", "e-mail", "email", "mail"),
	CONSULTED_ON(false, "相談日", "日付", "年月日", "実施日", "date"), CHANNEL(true, "相談方法", "方法", "手段", "チャネル", "channel"),
	ISSUES(true, "経営課題", "課題", "相談分野", "相談内容区分", "issues"), SUMMARY(false, "相談内容", "内容", "概要", "summary"),
	STAFF(false, "対応者", "担当職員", "担当コーディネーター", "コーディネーター", "staff"),
	NEW_OR_FOLLOW_UP(true, "新規継続", "新規/継続", "新規・継続", "区分", "new/follow-up"),
	NEXT_ACTION(false, "次回対応", "今後の対応", "next action"),
	NEED_TITLE(false, "ポジション", "募集ポジション", "求人タイトル", "案件名", "求人名", "position", "title"),
	JOB_CATEGORY(true, "職種", "職種区分", "job category"), EMPLOYMENT_FORM(true, "雇用形態", "形態", "employment form"),
	DIGITAL(false, "デジタル人材", "デジタル", "digital"), CXO(false, "cxo", "cxo人材", "経営幹部", "cxo talent"),
	NEED_LEARNED_ON(false, "ニーズ把握日", "把握日", "登録日", "受付日", "learned on"),
	NEED_DESCRIPTION(false, "業務内容", "仕事内容", "詳細", "description"), NEED_CONDITIONS(false, "条件", "待遇", "conditions"),
	AGENCY_NAME(false, "人材紹介会社", "紹介会社", "紹介事業者", "事前登録事業者", "人材事業者", "民間人材ビジネス事業者", "agency"),
	AGENCY_LICENCE(false, "許可番号", "有料職業紹介許可番号", "職業紹介許可番号", "licence number", "license number"),
	HANDED_OFF_ON(false, "取り繋ぎ日", "取次日", "取り次ぎ日", "紹介日", "handed off on"),
	CONTRACT_DATE(false, "成約日", "契約日", "内定日", "contract date"), START_DATE(false, "入社日", "就業開始日", "着任日", "start date"),
	FEE(false, "紹介手数料", "手数料", "成功報酬", "fee"),
	EVENT_TITLE(false, "イベント名", "セミナー名", "講座名", "催事名", "event", "event title"),
	EVENT_DATE(false, "開催日", "開催日時", "event date"), EVENT_KIND(true, "イベント種別", "種別", "event kind"),
	ATTENDANCE(false, "出欠", "出席", "出席状況", "参加状況", "attendance");

	private static final Set<Field> COMPANY_FIELDS = EnumSet.range(CORPORATE_NUMBER, CONTACT_EMAIL);

	private static final Set<Field> CONSULTATION_FIELDS = EnumSet.range(CONSULTED_ON, NEXT_ACTION);

	private static final Set<Field> NEED_FIELDS = EnumSet.range(NEED_TITLE, NEED_CONDITIONS);

	private static final Set<Field> PLACEMENT_FIELDS = EnumSet.range(AGENCY_NAME, FEE);

	private static final Set<Field> PARTICIPANT_FIELDS = EnumSet.range(EVENT_TITLE, ATTENDANCE);

	private final boolean coded;

	private final List<String> headers;

	Field(boolean coded, String... headers) {
		this.coded = coded;
		this.headers = List.of(headers);
	}

	/** Whether the column's distinct values are mapped one by one to codes. */
	public boolean coded() {
		return coded;
	}

	public String labelKey() {
		return "moving.field." + name();
	}

	/**
	 * The fields a record kind takes: companies take the company's and a contact's;
	 * consultations, needs and event participants (the contact is the participant) those
	 * and their own; placements those of a need and their own.
	 */
	public static List<Field> of(RecordKind kind) {
		Set<Field> fields = EnumSet.copyOf(COMPANY_FIELDS);
		switch (kind) {
			case CONSULTATIONS -> fields.addAll(CONSULTATION_FIELDS);
			case NEEDS -> fields.addAll(NEED_FIELDS);
			case PLACEMENTS -> {
				fields.addAll(NEED_FIELDS);
				fields.addAll(PLACEMENT_FIELDS);
			}
			case PARTICIPANTS -> fields.addAll(PARTICIPANT_FIELDS);
			default -> {
			}
		}
		return List.copyOf(fields);
	}

	/**
	 * The field a header names: the same name after folding widths, spaces and case; else
	 * the longest known name the header contains (「相談企業名」 contains 企業名).
	 */
	public static Optional<Field> suggestedFor(String header, RecordKind kind) {
		String h = key(header);
		if (h.isEmpty()) {
			return Optional.empty();
		}
		List<Field> fields = of(kind);
		for (Field f : fields) {
			if (f.headers.stream().anyMatch(name -> key(name).equals(h))) {
				return Optional.of(f);
			}
		}
		Field best = null;
		int bestLength = 1;
		for (Field f : fields) {
			for (String name : f.headers) {
				String k = key(name);
				if (k.length() > bestLength && h.contains(k)) {
					best = f;
					bestLength = k.length();
				}
			}
		}
		return Optional.ofNullable(best);
	}

	private static String key(String s) {
		return s == null ? ""
				: Normalizer.normalize(s, Normalizer.Form.NFKC)
					.replaceAll("[\\s　・/_()（）]", "")
					.toLowerCase(Locale.ROOT);
	}

}
