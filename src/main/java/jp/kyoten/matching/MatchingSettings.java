package jp.kyoten.matching;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pdfFont the Japanese font embedded in printed selection sheets: a TrueType/OpenType file or collection,
 * with {@code ,n} naming a font of a collection (Debian's fonts-noto-cjk by default)
 */
@ConfigurationProperties("kyoten.matching")
record MatchingSettings(
		@DefaultValue("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,0") String pdfFont) {

	Path fontFile() {
		int comma = pdfFont.lastIndexOf(',');
		return Path.of(comma > 0 && pdfFont.substring(comma + 1).matches("\\d+") ? pdfFont.substring(0, comma) : pdfFont);
	}

}
