package jp.kyoten.institution;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.kyoten.hub.Prefectures;
import jp.kyoten.platform.demo.DemoSeed;

/**
 * The demo hubs' support institutions: the real local banks, chambers and support
 * centres, with fictional contact persons at the financial ones; the same on every start.
 * After the companies (directory's demo seed, 10), before the agencies (25).
 */
@Component
@org.springframework.core.annotation.Order(20)
class InstitutionDemoData implements DemoSeed {

	record DemoInstitution(String name, String kana, InstitutionKind kind, String branch, String address) {
	}

	static final List<DemoInstitution> KUMAMOTO_INSTITUTIONS = List.of(
			new DemoInstitution("肥後銀行", "ヒゴギンコウ", InstitutionKind.REGIONAL_BANK, null, "熊本県熊本市中央区"),
			new DemoInstitution("熊本銀行", "クマモトギンコウ", InstitutionKind.SECOND_REGIONAL_BANK, null, "熊本県熊本市中央区"),
			new DemoInstitution("熊本信用金庫", "クマモトシンヨウキンコ", InstitutionKind.SHINKIN_BANK, null, "熊本県熊本市中央区"),
			new DemoInstitution("熊本第一信用金庫", "クマモトダイイチシンヨウキンコ", InstitutionKind.SHINKIN_BANK, null, "熊本県熊本市中央区"),
			new DemoInstitution("熊本県信用組合", "クマモトケンシンヨウクミアイ", InstitutionKind.CREDIT_COOPERATIVE, null, "熊本県熊本市中央区"),
			new DemoInstitution("日本政策金融公庫", "ニッポンセイサクキンユウコウコ", InstitutionKind.GOVERNMENT_FINANCIAL, "熊本支店",
					"熊本県熊本市中央区"),
			new DemoInstitution("熊本商工会議所", "クマモトショウコウカイギショ", InstitutionKind.CHAMBER_OF_COMMERCE, null, "熊本県熊本市中央区"),
			new DemoInstitution("熊本県商工会連合会", "クマモトケンショウコウカイレンゴウカイ", InstitutionKind.SOCIETY_OF_COMMERCE, null,
					"熊本県熊本市中央区"),
			new DemoInstitution("熊本県よろず支援拠点", "クマモトケンヨロズシエンキョテン", InstitutionKind.YOROZU, null, "熊本県熊本市中央区"),
			new DemoInstitution("熊本県事業承継・引継ぎ支援センター", "クマモトケンジギョウショウケイヒキツギシエンセンター", InstitutionKind.SUCCESSION_CENTER,
					null, "熊本県熊本市中央区"),
			new DemoInstitution("熊本県中小企業活性化協議会", "クマモトケンチュウショウキギョウカッセイカキョウギカイ", InstitutionKind.REVITALIZATION_COUNCIL,
					null, "熊本県熊本市中央区"),
			new DemoInstitution("熊本大学", "クマモトダイガク", InstitutionKind.UNIVERSITY, null, "熊本県熊本市中央区"),
			new DemoInstitution("ハローワーク熊本", "ハローワーククマモト", InstitutionKind.HELLO_WORK, null, "熊本県熊本市北区"));

	static final List<DemoInstitution> FUKUOKA_INSTITUTIONS = List.of(
			new DemoInstitution("福岡銀行", "フクオカギンコウ", InstitutionKind.REGIONAL_BANK, null, "福岡県福岡市中央区"),
			new DemoInstitution("西日本シティ銀行", "ニシニッポンシティギンコウ", InstitutionKind.REGIONAL_BANK, null, "福岡県福岡市博多区"),
			new DemoInstitution("福岡中央銀行", "フクオカチュウオウギンコウ", InstitutionKind.SECOND_REGIONAL_BANK, null, "福岡県福岡市中央区"),
			new DemoInstitution("福岡ひびき信用金庫", "フクオカヒビキシンヨウキンコ", InstitutionKind.SHINKIN_BANK, null, "福岡県北九州市八幡東区"),
			new DemoInstitution("福岡信用金庫", "フクオカシンヨウキンコ", InstitutionKind.SHINKIN_BANK, null, "福岡県福岡市博多区"),
			new DemoInstitution("日本政策金融公庫", "ニッポンセイサクキンユウコウコ", InstitutionKind.GOVERNMENT_FINANCIAL, "福岡支店",
					"福岡県福岡市博多区"),
			new DemoInstitution("商工組合中央金庫", "ショウコウクミアイチュウオウキンコ", InstitutionKind.GOVERNMENT_FINANCIAL, "福岡支店",
					"福岡県福岡市博多区"),
			new DemoInstitution("福岡商工会議所", "フクオカショウコウカイギショ", InstitutionKind.CHAMBER_OF_COMMERCE, null, "福岡県福岡市博多区"),
			new DemoInstitution("北九州商工会議所", "キタキュウシュウショウコウカイギショ", InstitutionKind.CHAMBER_OF_COMMERCE, null,
					"福岡県北九州市小倉北区"),
			new DemoInstitution("福岡県商工会連合会", "フクオカケンショウコウカイレンゴウカイ", InstitutionKind.SOCIETY_OF_COMMERCE, null,
					"福岡県福岡市博多区"),
			new DemoInstitution("福岡県よろず支援拠点", "フクオカケンヨロズシエンキョテン", InstitutionKind.YOROZU, null, "福岡県福岡市博多区"),
			new DemoInstitution("福岡県事業承継・引継ぎ支援センター", "フクオカケンジギョウショウケイヒキツギシエンセンター", InstitutionKind.SUCCESSION_CENTER,
					null, "福岡県福岡市博多区"),
			new DemoInstitution("九州大学", "キュウシュウダイガク", InstitutionKind.UNIVERSITY, null, "福岡県福岡市西区"),
			new DemoInstitution("ハローワーク福岡中央", "ハローワークフクオカチュウオウ", InstitutionKind.HELLO_WORK, null, "福岡県福岡市中央区"));

	private final RegisterInstitution registerInstitution;

	private final ManageInstitutionContacts institutionContacts;

	private final JdbcClient jdbc;

	InstitutionDemoData(RegisterInstitution registerInstitution, ManageInstitutionContacts institutionContacts,
			JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.registerInstitution = registerInstitution;
		this.institutionContacts = institutionContacts;
	}

	/**
	 * A national-level hub's one regional bank ("熊本県デモ銀行"), which refers one in five of
	 * its consultations (ADR 249: the demo's bulk path).
	 */
	@Override
	public void seedCompact(long hubId, String prefectureCode, LocalDate from, LocalDate today) {
		// bulk path of ADR 211 (ADR 249): the national demo hubs' rows, written once at
		// the
		// first start, no entity per row; nothing else writes them then
		jdbc.sql("INSERT INTO support_institution (hub_id, name, kind) VALUES (?, ?, 'REGIONAL_BANK')")
			.params(hubId, Prefectures.name(prefectureCode) + "デモ銀行")
			.update();
	}

	/** A fixed set for Kumamoto (43) and Fukuoka (40); {@code count} does not apply. */
	@Override
	public void seed(long hubId, String prefectureCode, int count) {
		List<DemoInstitution> institutions = switch (prefectureCode) {
			case "43" -> KUMAMOTO_INSTITUTIONS;
			case "40" -> FUKUOKA_INSTITUTIONS;
			default -> List.of();
		};
		for (int i = 0; i < institutions.size(); i++) {
			DemoInstitution d = institutions.get(i);
			long id = registerInstitution.register(new InstitutionDetails(d.name(), d.kana(), d.kind(), d.branch(),
					null, d.address(), null, null, null));
			if (d.kind().isFinancial()) {
				institutionContacts.add(id,
						new jp.kyoten.platform.contact.ContactPerson(CONTACT_NAMES.get(i % CONTACT_NAMES.size()), null,
								"法人営業部", "調査役", "contact" + (i + 1) + "@example.jp", null, null));
			}
		}
	}

	/** Fictional names for the demo contact persons. */
	private static final List<String> CONTACT_NAMES = List.of("山本 健一", "中村 美咲", "松本 大輔", "井上 由美", "木村 翔太", "林 真由美",
			"清水 拓也", "森 彩香");

}
