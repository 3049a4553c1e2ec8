package jp.kyoten.platform.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.CFFFont;
import com.lowagie.text.pdf.RandomAccessFileOrArray;

/**
 * The one Japanese font of every PDF, read once from {@code kyoten.pdf.font}. A font with
 * CFF outlines (Noto Sans CJK) is subset here, by {@link CffSubsetKeepingImplicitStems},
 * to the characters a document uses, and embedded as it is; OpenPDF's own CFF subsetter
 * breaks glyphs such as 開. A TrueType font is subset by OpenPDF, which does that right.
 */
final class JapaneseFont {

	private static final String FILE_NAME = "KyotenJapanese.otf";

	private final String spec;

	private final Map<String, byte[]> tables;

	private final Map<Integer, Integer> glyphIds;

	private final String cffName;

	private final BaseFont measuring;

	private JapaneseFont(String spec, Map<String, byte[]> tables, BaseFont measuring) {
		this.spec = spec;
		this.tables = tables;
		this.measuring = measuring;
		this.glyphIds = tables == null ? Map.of() : OpenTypeFile.glyphIds(tables.get("cmap"));
		this.cffName = tables == null ? null
				: new CFFFont(new RandomAccessFileOrArray(tables.get(OpenTypeFile.CFF))).getNames()[0];
	}

	/**
	 * @param spec a font file, with {@code ,n} for the n-th font of a collection
	 * ({@code NotoSansCJK-Regular.ttc,0} is Noto Sans CJK JP)
	 * @throws IllegalStateException when the file is missing or not a font
	 */
	static JapaneseFont load(String spec) {
		int comma = spec.lastIndexOf(',');
		boolean indexed = comma > 0 && spec.substring(comma + 1).matches("\\d+");
		Path file = Path.of(indexed ? spec.substring(0, comma) : spec);
		int index = indexed ? Integer.parseInt(spec.substring(comma + 1)) : 0;
		if (!Files.isReadable(file)) {
			throw new IllegalStateException("Japanese font for PDF not found: " + file
					+ " (apt-get install fonts-noto-cjk, or set kyoten.pdf.font)");
		}
		try {
			byte[] bytes = Files.readAllBytes(file);
			if (!OpenTypeFile.hasCffOutlines(bytes, index)) {
				return new JapaneseFont(spec, null,
						BaseFont.createFont(spec, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null));
			}
			Map<String, byte[]> tables = OpenTypeFile.tables(bytes, index);
			BaseFont measuring = BaseFont.createFont(FILE_NAME, BaseFont.IDENTITY_H, BaseFont.NOT_EMBEDDED, false,
					OpenTypeFile.assemble(tables), null);
			return new JapaneseFont(spec, tables, measuring);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (DocumentException | IllegalArgumentException ex) {
			throw new IllegalStateException("not a usable font: " + spec, ex);
		}
	}

	/** Width of the text in points at the size, for laying out columns. */
	float width(String text, float size) {
		return measuring.getWidthPoint(text, size);
	}

	/** A font for one document, embedding exactly the glyphs of these code points. */
	BaseFont forDocument(Set<Integer> codePoints) {
		try {
			if (tables == null) {
				BaseFont font = BaseFont.createFont(spec, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
				font.setSubset(true);
				return font;
			}
			HashMap<Integer, int[]> used = new HashMap<>();
			used.put(0, new int[] { 0 });
			for (int c : codePoints) {
				Integer glyph = glyphIds.get(c);
				if (glyph != null) {
					used.put(glyph, new int[] { glyph });
				}
			}
			byte[] cff = new CffSubsetKeepingImplicitStems(tables.get(OpenTypeFile.CFF), used).Process(cffName);
			Map<String, byte[]> withSubset = new HashMap<>(tables);
			withSubset.put(OpenTypeFile.CFF, cff);
			BaseFont font = BaseFont.createFont(FILE_NAME, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
					OpenTypeFile.assemble(withSubset), null);
			font.setSubset(false);
			return font;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("font for PDF", ex);
		}
	}

}
