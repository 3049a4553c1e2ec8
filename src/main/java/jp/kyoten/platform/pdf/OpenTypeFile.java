package jp.kyoten.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tables of one font of an OpenType file or collection ({@code .ttc}), and a new
 * single-font file made of them: how the kit swaps in the CFF table it subset itself.
 * Only the tables a PDF writer reads are kept.
 */
final class OpenTypeFile {

	static final String CFF = "CFF ";

	private static final java.util.Set<String> KEPT = java.util.Set.of("cmap", "head", "hhea", "hmtx", "maxp", "OS/2",
			"name", "post", CFF);

	private static final int TTC_TAG = 0x74746366; // 'ttcf'

	private static final int OTTO = 0x4F54544F; // 'OTTO': CFF outlines

	private OpenTypeFile() {
	}

	/**
	 * The kept tables of font {@code index} of the file (0 for a single font), by tag.
	 */
	static Map<String, byte[]> tables(byte[] file, int index) {
		ByteBuffer in = ByteBuffer.wrap(file);
		int start = 0;
		if (in.getInt(0) == TTC_TAG) {
			int fonts = in.getInt(8);
			if (index < 0 || index >= fonts) {
				throw new IllegalArgumentException("font collection has " + fonts + " fonts, not index " + index);
			}
			start = in.getInt(12 + 4 * index);
		}
		int count = Short.toUnsignedInt(in.getShort(start + 4));
		Map<String, byte[]> tables = new TreeMap<>();
		for (int t = 0; t < count; t++) {
			int record = start + 12 + 16 * t;
			String tag = new String(file, record, 4, StandardCharsets.ISO_8859_1);
			if (KEPT.contains(tag)) {
				int offset = in.getInt(record + 8);
				int length = in.getInt(record + 12);
				byte[] table = new byte[length];
				System.arraycopy(file, offset, table, 0, length);
				tables.put(tag, table);
			}
		}
		return tables;
	}

	static boolean hasCffOutlines(byte[] file, int index) {
		ByteBuffer in = ByteBuffer.wrap(file);
		int start = in.getInt(0) == TTC_TAG ? in.getInt(12 + 4 * index) : 0;
		return in.getInt(start) == OTTO;
	}

	/**
	 * A single-font OpenType file of these tables, in tag order, each on a 4-byte
	 * boundary with its checksum.
	 */
	static byte[] assemble(Map<String, byte[]> tables) {
		Map<String, byte[]> sorted = new TreeMap<>(tables);
		int n = sorted.size();
		int power = Integer.highestOneBit(n);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteBuffer header = ByteBuffer.allocate(12 + 16 * n);
		header.putInt(sorted.containsKey(CFF) ? OTTO : 0x00010000)
			.putShort((short) n)
			.putShort((short) (power * 16))
			.putShort((short) Integer.numberOfTrailingZeros(power))
			.putShort((short) (n * 16 - power * 16));
		int offset = 12 + 16 * n;
		for (Map.Entry<String, byte[]> table : sorted.entrySet()) {
			header.put(table.getKey().getBytes(StandardCharsets.ISO_8859_1))
				.putInt(checksum(table.getValue()))
				.putInt(offset)
				.putInt(table.getValue().length);
			offset += padded(table.getValue().length);
		}
		out.writeBytes(header.array());
		for (byte[] table : sorted.values()) {
			out.writeBytes(table);
			out.writeBytes(new byte[padded(table.length) - table.length]);
		}
		return out.toByteArray();
	}

	private static int padded(int length) {
		return (length + 3) & ~3;
	}

	private static int checksum(byte[] table) {
		int sum = 0;
		for (int i = 0; i < table.length; i += 4) {
			int word = 0;
			for (int b = 0; b < 4; b++) {
				word = (word << 8) | (i + b < table.length ? table[i + b] & 0xFF : 0);
			}
			sum += word;
		}
		return sum;
	}

	/**
	 * Glyph ids by Unicode code point from the {@code cmap} table (format 12, else format
	 * 4).
	 */
	static Map<Integer, Integer> glyphIds(byte[] cmap) {
		ByteBuffer in = ByteBuffer.wrap(cmap);
		int subtables = Short.toUnsignedInt(in.getShort(2));
		int format4 = -1;
		for (int s = 0; s < subtables; s++) {
			int platform = Short.toUnsignedInt(in.getShort(4 + 8 * s));
			int encoding = Short.toUnsignedInt(in.getShort(6 + 8 * s));
			int offset = in.getInt(8 + 8 * s);
			int format = Short.toUnsignedInt(in.getShort(offset));
			if (format == 12 && (platform == 3 && encoding == 10 || platform == 0)) {
				return format12(in, offset);
			}
			if (format == 4 && (platform == 3 && encoding == 1 || platform == 0)) {
				format4 = offset;
			}
		}
		if (format4 < 0) {
			throw new IllegalArgumentException("font has no Unicode cmap");
		}
		return format4(in, format4);
	}

	private static Map<Integer, Integer> format12(ByteBuffer in, int offset) {
		Map<Integer, Integer> glyphs = new java.util.HashMap<>();
		int groups = in.getInt(offset + 12);
		for (int g = 0; g < groups; g++) {
			int at = offset + 16 + 12 * g;
			int first = in.getInt(at);
			int last = in.getInt(at + 4);
			int glyph = in.getInt(at + 8);
			for (int c = first; c <= last; c++) {
				glyphs.put(c, glyph + c - first);
			}
		}
		return glyphs;
	}

	private static Map<Integer, Integer> format4(ByteBuffer in, int offset) {
		Map<Integer, Integer> glyphs = new java.util.HashMap<>();
		int segments = Short.toUnsignedInt(in.getShort(offset + 6)) / 2;
		int ends = offset + 14;
		int starts = ends + 2 * segments + 2;
		int deltas = starts + 2 * segments;
		int rangeOffsets = deltas + 2 * segments;
		for (int s = 0; s < segments; s++) {
			int end = Short.toUnsignedInt(in.getShort(ends + 2 * s));
			int start = Short.toUnsignedInt(in.getShort(starts + 2 * s));
			int delta = in.getShort(deltas + 2 * s);
			int rangeOffset = Short.toUnsignedInt(in.getShort(rangeOffsets + 2 * s));
			for (int c = start; c <= end && c != 0xFFFF; c++) {
				int glyph;
				if (rangeOffset == 0) {
					glyph = (c + delta) & 0xFFFF;
				}
				else {
					int raw = Short.toUnsignedInt(in.getShort(rangeOffsets + 2 * s + rangeOffset + 2 * (c - start)));
					glyph = raw == 0 ? 0 : (raw + delta) & 0xFFFF;
				}
				if (glyph != 0) {
					glyphs.put(c, glyph);
				}
			}
		}
		return glyphs;
	}

}
