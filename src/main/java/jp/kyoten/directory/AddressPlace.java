package jp.kyoten.directory;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;

import jp.kyoten.hub.Prefectures.Prefecture;
import jp.kyoten.hub.Prefectures;

/**
 * The prefecture and municipality an address as people write it names (熊本県熊本市中央区水前寺1-2-3,
 * 熊本市東区…, 菊池郡菊陽町…), read with the directory's municipality data ({@link Municipalities}):
 * the prefecture by its name at the start, else the default one (a hub's ledger rarely
 * repeats its own prefecture); then the longest municipality name of that prefecture the
 * rest begins with — the ward of a 政令指定都市 when written (熊本市中央区 → 43101), the city
 * otherwise (熊本市 → 43100). A 郡 before a town or village is skipped. Either code is null
 * when not told.
 */
public record AddressPlace(String prefectureCode, String municipalityCode) {

	public static AddressPlace of(String address, String defaultPrefectureCode) {
		if (address == null || address.isBlank()) {
			return new AddressPlace(null, null);
		}
		String rest = Normalizer.normalize(address, Normalizer.Form.NFKC).replaceAll("\\s", "");
		rest = rest.replaceFirst("^〒?[0-9]{3}-?[0-9]{4}", "");
		String prefecture = null;
		for (Prefecture p : Prefectures.all()) {
			if (rest.startsWith(p.name())) {
				prefecture = p.code();
				rest = rest.substring(p.name().length());
				break;
			}
		}
		if (prefecture == null) {
			prefecture = defaultPrefectureCode;
		}
		if (prefecture == null) {
			return new AddressPlace(null, null);
		}
		String afterGun = rest.replaceFirst("^[^郡]{1,6}郡", "");
		String municipality = longestPrefix(Municipalities.of(prefecture), rest);
		if (municipality == null) {
			municipality = longestPrefix(Municipalities.of(prefecture), afterGun);
		}
		return new AddressPlace(prefecture, municipality);
	}

	/**
	 * The city a ward of a 政令指定都市 belongs to (43101 熊本市中央区 → 43100 熊本市), found by the
	 * ward's name beginning with the city's; null for a code that is no ward.
	 */
	public static String cityOf(String wardCode) {
		String name = Municipalities.name(wardCode);
		int shi = name.indexOf('市');
		if (shi < 0 || shi == name.length() - 1 || !name.endsWith("区")) {
			return null;
		}
		String city = name.substring(0, shi + 1);
		return Municipalities.of(wardCode.substring(0, 2))
			.stream()
			.filter(m -> m.name().equals(city))
			.map(Municipality::code)
			.findFirst()
			.orElse(null);
	}

	private static String longestPrefix(List<Municipality> candidates, String text) {
		return candidates.stream()
			.filter(m -> !m.name().isEmpty() && text.startsWith(m.name()))
			.max(Comparator.comparingInt(m -> m.name().length()))
			.map(Municipality::code)
			.orElse(null);
	}

}
