package jp.kyoten.platform.pdf;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param font the Japanese font embedded in every PDF: an OpenType/TrueType file, with
 * {@code ,n} naming the n-th font of a collection; by default Noto Sans CJK JP from
 * Debian's fonts-noto-cjk (index 0 of the collection is JP, whose glyph shapes Japanese
 * readers expect)
 */
@ConfigurationProperties("kyoten.pdf")
public record PdfSettings(@DefaultValue("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,0") String font) {
}
