package jp.kyoten.directory.registry;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Streams the lines of a 法人番号公表サイト bulk file — plain or zipped, UTF-8 or Shift_JIS — one
 * at a time, so that a national file of five million lines needs no more memory than a
 * small one. A line whose bytes cannot be decoded is handed over as such, to be rejected
 * with its line number, and never stops the file.
 * <p>
 * A hostile file is refused ({@link RefusedFile}) as soon as it breaks one of the
 * {@link Limits}, checked while streaming: a line is measured while its bytes arrive,
 * never gathered first; a zip's entries are counted from its central directory before
 * anything is read, and what it unpacks to is counted byte by byte.
 */
final class RegistryFileReader implements Closeable {

	public enum Encoding {

		AUTO, UTF_8, SHIFT_JIS

	}

	/**
	 * One physical line: its number (from 1), its text, or null with the raw bytes when
	 * undecodable.
	 */
	record Line(long number, String text, byte[] raw) {

		boolean decodable() {
			return text != null;
		}

	}

	/**
	 * Bounds of what a registry file may be. The registry's own lines are under 2 KB and
	 * its zips hold one CSV (with perhaps a readme) that unpacks to 5–8 times its size;
	 * the defaults leave a wide margin above that.
	 *
	 * @param maxLineBytes longest line, in bytes
	 * @param maxUnpackedBytes most bytes a zip may unpack to
	 * @param maxRatio most bytes unpacked per byte of the zip, checked once
	 * {@code RATIO_CHECK_AFTER} bytes are unpacked
	 * @param maxEntries most entries a zip may hold
	 */
	record Limits(int maxLineBytes, long maxUnpackedBytes, int maxRatio, int maxEntries) {

		static final Limits DEFAULT = new Limits(16 * 1024, 8L << 30, 100, 16);

		/**
		 * Small files may be all header and padding; the ratio says something only once
		 * there is some volume.
		 */
		static final long RATIO_CHECK_AFTER = 8L << 20;

	}

	static final Charset WINDOWS_31J = Charset.forName("windows-31j");

	private static final java.util.Set<String> ARCHIVE_SUFFIXES = java.util.Set.of(".zip", ".gz", ".tgz", ".7z", ".rar",
			".tar", ".bz2", ".xz", ".lzh", ".jar");

	private final CountingInputStream counted;

	private final InputStream lines;

	private final CharsetDecoder decoder;

	private final long totalBytes;

	private byte[] buffer = new byte[4096];

	private final byte[] chunk = new byte[1 << 16];

	private int pos;

	private int limit;

	private long lineNumber;

	private final int maxLineBytes;

	private RegistryFileReader(CountingInputStream counted, InputStream lines, Charset charset, long totalBytes,
			int maxLineBytes) {
		this.counted = counted;
		this.maxLineBytes = maxLineBytes;
		this.lines = lines;
		this.decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		this.totalBytes = totalBytes;
	}

	static RegistryFileReader open(Path file, Encoding encoding) throws IOException {
		return open(file, encoding, Limits.DEFAULT);
	}

	/**
	 * @throws RefusedFile when the file breaks the limits before its first line
	 */
	static RegistryFileReader open(Path file, Encoding encoding, Limits limits) throws IOException {
		long size = Files.size(file);
		CountingInputStream counted = new CountingInputStream(Files.newInputStream(file));
		BufferedInputStream in = new BufferedInputStream(counted, 1 << 16);
		InputStream content = in;
		try {
			if (isZip(in)) {
				inspectZip(file, limits);
				content = openCsvEntry(in, counted, limits);
			}
			Charset charset = switch (encoding) {
				case UTF_8 -> StandardCharsets.UTF_8;
				case SHIFT_JIS -> WINDOWS_31J;
				case AUTO -> detect(content);
			};
			if (charset == StandardCharsets.UTF_8) {
				skipBom(content);
			}
			return new RegistryFileReader(counted, content, charset, size, limits.maxLineBytes());
		}
		catch (IOException | RuntimeException ex) {
			content.close();
			throw ex;
		}
	}

	/**
	 * Reads the zip's central directory — a few bytes at its end — before any entry is
	 * unpacked: how many entries, whether one is an archive itself, and whether there is
	 * exactly one CSV.
	 */
	private static void inspectZip(Path file, Limits limits) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.size() > limits.maxEntries()) {
				throw new RefusedFile("import.refused.entries", zip.size(), limits.maxEntries());
			}
			int csv = 0;
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				String name = entry.getName().toLowerCase(java.util.Locale.ROOT);
				if (ARCHIVE_SUFFIXES.stream().anyMatch(name::endsWith)) {
					throw new RefusedFile("import.refused.nested", entry.getName());
				}
				if (!entry.isDirectory() && name.endsWith(".csv")) {
					csv++;
					if (entry.getSize() > limits.maxUnpackedBytes()) {
						throw new RefusedFile("import.refused.unpacked", limits.maxUnpackedBytes() >> 20);
					}
				}
			}
			if (csv == 0) {
				throw new RefusedFile("import.refused.noCsv");
			}
			if (csv > 1) {
				throw new RefusedFile("import.refused.severalCsv", csv);
			}
		}
		catch (IOException ex) {
			throw new RefusedFile("import.refused.brokenZip");
		}
	}

	/**
	 * The zip is streamed by its local headers, which need not agree with the central
	 * directory: entries are counted again here, and what the CSV entry unpacks to is
	 * bounded as it is read.
	 */
	private static InputStream openCsvEntry(BufferedInputStream in, CountingInputStream counted, Limits limits)
			throws IOException {
		ZipInputStream zip = new ZipInputStream(in);
		ZipEntry entry;
		int entries = 0;
		while ((entry = zip.getNextEntry()) != null
				&& (entry.isDirectory() || !entry.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))) {
			// skip the readme and anything else that is not the data
			if (++entries >= limits.maxEntries()) {
				throw new RefusedFile("import.refused.entries", entries + 1, limits.maxEntries());
			}
		}
		if (entry == null) {
			throw new RefusedFile("import.refused.noCsv");
		}
		BufferedInputStream content = new BufferedInputStream(new UnpackedBytesLimit(zip, counted, limits), 1 << 16);
		content.mark(4);
		byte[] head = content.readNBytes(4);
		content.reset();
		if (isZipHeader(head)) {
			throw new RefusedFile("import.refused.nested", entry.getName());
		}
		return content;
	}

	/** Lines, or null at the end. Line ends may be CRLF or LF. */
	Line next() throws IOException {
		int length = 0;
		boolean sawNewline = false;
		while (!sawNewline) {
			if (pos == limit) {
				limit = lines.read(chunk, 0, chunk.length);
				pos = 0;
				if (limit <= 0) {
					limit = 0;
					break;
				}
			}
			int start = pos;
			while (pos < limit && chunk[pos] != '\n') {
				pos++;
			}
			int n = pos - start;
			if (length + n > maxLineBytes) {
				// told while the line streams in: a line without an end is never gathered
				// into memory
				throw new RefusedFile("import.refused.lineTooLong", lineNumber + 1, maxLineBytes / 1024);
			}
			if (length + n > buffer.length) {
				buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + n));
			}
			System.arraycopy(chunk, start, buffer, length, n);
			length += n;
			if (pos < limit) {
				pos++;
				sawNewline = true;
			}
		}
		if (!sawNewline && length == 0) {
			return null;
		}
		if (length > 0 && buffer[length - 1] == '\r') {
			length--;
		}
		lineNumber++;
		try {
			CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(buffer, 0, length));
			return new Line(lineNumber, toJisMapping(chars.toString()), null);
		}
		catch (CharacterCodingException ex) {
			return new Line(lineNumber, null, Arrays.copyOf(buffer, length));
		}
	}

	/**
	 * Bytes of the file read so far (of the compressed file, for a zip), for the progress
	 * bar.
	 */
	long bytesRead() {
		return counted.count;
	}

	long totalBytes() {
		return totalBytes;
	}

	/**
	 * Shift_JIS files are decoded as Windows-31J, which knows ㈱, ① and the IBM/NEC
	 * extensions that company names use; its one mapping that differs from the registry's
	 * Unicode files is 0x8160, which Windows-31J reads as FULLWIDTH TILDE (U+FF5E) where
	 * the registry writes WAVE DASH (U+301C). Undoing it makes a Shift_JIS file read
	 * exactly as its Unicode twin (whose － is U+FF0D, as Windows-31J reads 0x817C).
	 */
	private String toJisMapping(String text) {
		return decoder.charset() == WINDOWS_31J ? text.replace('\uFF5E', '\u301C') : text;
	}

	private static boolean isZip(BufferedInputStream in) throws IOException {
		in.mark(4);
		byte[] head = in.readNBytes(4);
		in.reset();
		return isZipHeader(head);
	}

	private static boolean isZipHeader(byte[] head) {
		return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
	}

	/**
	 * UTF-8 when the first 64 KiB decode as UTF-8 (cut at a line end), Shift_JIS
	 * otherwise.
	 */
	private static Charset detect(InputStream in) throws IOException {
		in.mark(1 << 16);
		byte[] head = in.readNBytes(1 << 16);
		in.reset();
		int end = head.length;
		if (head.length == 1 << 16) {
			int lastNewline = -1;
			for (int i = head.length - 1; i >= 0; i--) {
				if (head[i] == '\n') {
					lastNewline = i;
					break;
				}
			}
			end = lastNewline < 0 ? head.length - 4 : lastNewline;
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(head, 0, Math.max(end, 0)));
			return StandardCharsets.UTF_8;
		}
		catch (CharacterCodingException ex) {
			return WINDOWS_31J;
		}
	}

	private static void skipBom(InputStream in) throws IOException {
		in.mark(3);
		byte[] bom = in.readNBytes(3);
		if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
			in.reset();
		}
	}

	@Override
	public void close() throws IOException {
		lines.close();
	}

	/**
	 * Counts what the zip unpacks to, and refuses it past the limit or past the ratio to
	 * the zip's bytes read.
	 */
	private static final class UnpackedBytesLimit extends FilterInputStream {

		private final CountingInputStream packed;

		private final Limits limits;

		private long unpacked;

		UnpackedBytesLimit(InputStream in, CountingInputStream packed, Limits limits) {
			super(in);
			this.packed = packed;
			this.limits = limits;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b != -1) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				counted(n);
			}
			return n;
		}

		private void counted(int n) {
			unpacked += n;
			if (unpacked > limits.maxUnpackedBytes()) {
				throw new RefusedFile("import.refused.unpacked", limits.maxUnpackedBytes() >> 20);
			}
			if (unpacked > Limits.RATIO_CHECK_AFTER && unpacked > (long) limits.maxRatio() * packed.count) {
				throw new RefusedFile("import.refused.ratio", limits.maxRatio());
			}
		}

	}

	private static final class CountingInputStream extends FilterInputStream {

		private long count;

		CountingInputStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b != -1) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				count += n;
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			count += skipped;
			return skipped;
		}

	}

}
