package jp.kyoten.directory;

import java.util.Map;

/**
 * Names of the municipalities (全国地方公共団体コード, five digits without the check digit) that the demo hubs work
 * in, for display beside the code. A code not listed here is shown as the bare code.
 */
final class Municipalities {

	private static final Map<String, String> NAMES = Map.ofEntries(
			// 熊本県
			Map.entry("43100", "熊本市"), Map.entry("43202", "八代市"), Map.entry("43203", "人吉市"),
			Map.entry("43204", "荒尾市"), Map.entry("43205", "水俣市"), Map.entry("43206", "玉名市"),
			Map.entry("43208", "山鹿市"), Map.entry("43210", "菊池市"), Map.entry("43211", "宇土市"),
			Map.entry("43212", "上天草市"), Map.entry("43213", "宇城市"), Map.entry("43214", "阿蘇市"),
			Map.entry("43215", "天草市"), Map.entry("43216", "合志市"), Map.entry("43403", "大津町"),
			Map.entry("43404", "菊陽町"), Map.entry("43443", "益城町"),
			// 福岡県
			Map.entry("40100", "北九州市"), Map.entry("40130", "福岡市"), Map.entry("40202", "大牟田市"),
			Map.entry("40203", "久留米市"), Map.entry("40204", "直方市"), Map.entry("40205", "飯塚市"),
			Map.entry("40206", "田川市"), Map.entry("40207", "柳川市"), Map.entry("40210", "八女市"),
			Map.entry("40211", "筑後市"), Map.entry("40216", "小郡市"), Map.entry("40217", "筑紫野市"),
			Map.entry("40218", "春日市"), Map.entry("40219", "大野城市"), Map.entry("40220", "宗像市"),
			Map.entry("40221", "太宰府市"), Map.entry("40223", "古賀市"), Map.entry("40224", "福津市"),
			Map.entry("40230", "糸島市"));

	private Municipalities() {
	}

	/** The listed municipalities of a prefecture, by code. */
	static java.util.List<Municipality> of(String prefectureCode) {
		return NAMES.entrySet()
			.stream()
			.filter(e -> prefectureCode != null && e.getKey().startsWith(prefectureCode))
			.sorted(Map.Entry.comparingByKey())
			.map(e -> new Municipality(e.getKey(), e.getValue()))
			.toList();
	}

	/** Every listed municipality, by code. */
	static java.util.List<Municipality> all() {
		return ALL;
	}

	private static final java.util.List<Municipality> ALL = NAMES.entrySet()
		.stream()
		.sorted(Map.Entry.comparingByKey())
		.map(e -> new Municipality(e.getKey(), e.getValue()))
		.toList();

	static String name(String code) {
		return code == null ? "" : NAMES.getOrDefault(code, "");
	}

}
