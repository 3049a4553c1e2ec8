package jp.kyoten.national;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The blocks (地方) the national tables add up by: the areas of the METI regional bureaus
 * (seed 001: each bureau's programme covers its prefectures), 沖縄 apart. Codes are JIS X
 * 0401.
 */
public enum Block {

	HOKKAIDO("北海道", "01"), TOHOKU("東北", "02", "03", "04", "05", "06", "07"),
	KANTO("関東", "08", "09", "10", "11", "12", "13", "14", "15", "19", "20", "22"),
	CHUBU("中部", "16", "17", "21", "23", "24"), KINKI("近畿", "18", "25", "26", "27", "28", "29", "30"),
	CHUGOKU("中国", "31", "32", "33", "34", "35"), SHIKOKU("四国", "36", "37", "38", "39"),
	KYUSHU("九州", "40", "41", "42", "43", "44", "45", "46"), OKINAWA("沖縄", "47");

	private final String label;

	private final List<String> prefectures;

	Block(String label, String... prefectures) {
		this.label = label;
		this.prefectures = List.of(prefectures);
	}

	public String label() {
		return label;
	}

	public List<String> prefectures() {
		return prefectures;
	}

	public static Block of(String prefectureCode) {
		return Arrays.stream(values()).filter(b -> b.prefectures.contains(prefectureCode)).findFirst().orElseThrow();
	}

	/** {@code KYUSHU}, {@code kyushu} or 九州; empty for anything else. */
	public static Optional<Block> parse(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		return Arrays.stream(values())
			.filter(b -> b.name().equalsIgnoreCase(value.strip()) || b.label.equals(value.strip()))
			.findFirst();
	}

}
