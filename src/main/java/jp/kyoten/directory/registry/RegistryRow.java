package jp.kyoten.directory.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Set;

import jp.kyoten.directory.JapaneseText;
import jp.kyoten.directory.LegalForm;
import jp.kyoten.platform.text.JapaneseFold;

/**
 * A registry record turned into the company's columns, with the search fields computed by
 * the directory's one normalisation, ready to be copied into the staging table.
 */
record RegistryRow(RegistryRecord record, String nameKana, LegalForm legalForm, String postalCode, boolean closed,
		String closedReason, String nameKey, String searchText, Set<String> searchGrams, String hash) {

	static RegistryRow of(RegistryRecord r) {
		String kana = JapaneseFold.displayKana(r.furigana().isEmpty() ? null : r.furigana());
		String postal = RegistryRecord.digits(r.postCode(), 7)
				? r.postCode().substring(0, 3) + "-" + r.postCode().substring(3) : null;
		boolean closed = !r.revives() && (r.closes() || r.closeDate() != null);
		String reason = !closed ? null
				: r.process().equals("99") ? "99" : r.closeCause().isEmpty() ? r.process() : r.closeCause();
		LegalForm form = legalForm(r.kind(), r.name());
		String hash = md5(String.join("\u001F", r.name(), nz(kana), form == null ? "" : form.name(), nz(postal),
				r.prefectureCode(), nz(r.municipalityCode()), r.address(), String.valueOf(closed),
				String.valueOf(r.closeDate()), nz(reason), r.successorCorporateNumber()));
		JapaneseText.MatchingForm matching = JapaneseText.matchingForm(r.name(), kana);
		return new RegistryRow(r, kana, form, postal, closed, reason, matching.nameKey(), matching.searchText(),
				matching.searchGrams(), hash);
	}

	LocalDate closedOn() {
		return closed ? record.closeDate() : null;
	}

	/** 法人種別 codes of the registry; 399 and 499 are told apart by the name. */
	static LegalForm legalForm(String kind, String name) {
		return switch (kind) {
			case "301" -> LegalForm.KABUSHIKI_KAISHA;
			case "302" -> LegalForm.YUGEN_KAISHA;
			case "303" -> LegalForm.GOMEI_KAISHA;
			case "304" -> LegalForm.GOSHI_KAISHA;
			case "305" -> LegalForm.GODO_KAISHA;
			case "401" -> LegalForm.FOREIGN_COMPANY;
			default -> fromName(name);
		};
	}

	private static LegalForm fromName(String name) {
		if (name.contains("一般社団法人")) {
			return LegalForm.GENERAL_INCORPORATED_ASSOCIATION;
		}
		if (name.contains("一般財団法人")) {
			return LegalForm.GENERAL_INCORPORATED_FOUNDATION;
		}
		if (name.contains("公益社団法人")) {
			return LegalForm.PUBLIC_INTEREST_ASSOCIATION;
		}
		if (name.contains("公益財団法人")) {
			return LegalForm.PUBLIC_INTEREST_FOUNDATION;
		}
		if (name.contains("社会福祉法人")) {
			return LegalForm.SOCIAL_WELFARE;
		}
		if (name.contains("医療法人")) {
			return LegalForm.MEDICAL;
		}
		if (name.contains("学校法人")) {
			return LegalForm.SCHOOL;
		}
		if (name.contains("特定非営利活動法人") || name.contains("ＮＰＯ法人") || name.contains("NPO法人")) {
			return LegalForm.NPO;
		}
		if (name.contains("企業組合")) {
			return LegalForm.ENTERPRISE_UNION;
		}
		if (name.contains("協同組合")) {
			return LegalForm.COOPERATIVE;
		}
		return LegalForm.OTHER;
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	private static String md5(String s) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
