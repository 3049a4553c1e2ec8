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
import java.util.zip.ZipInputStream;

/**
 * Streams the lines of a 法人番号公表サイト bulk file — plain or zipped, UTF-8 or Shift_JIS — one at a time, so that a
 * national file of five million lines needs no more memory than a small one. A line whose bytes cannot be decoded
 * is handed over as such, to be rejected with its line number, and never stops the file.
 */
final class RegistryFileReader implements Closeable {

	public enum Encoding {

		AUTO, UTF_8, SHIFT_JIS

	}

	/** One physical line: its number (from 1), its text, or null with the raw bytes when undecodable. */
	record Line(long number, String text, byte[] raw) {

		boolean decodable() {
			return text != null;
		}

	}

	static final Charset WINDOWS_31J = Charset.forName("windows-31j");

	private final CountingInputStream counted;

	private final InputStream lines;

	private final CharsetDecoder decoder;

	private final long totalBytes;

	private byte[] buffer = new byte[4096];

	private final byte[] chunk = new byte[1 << 16];

	private int pos;

	private int limit;

	private long lineNumber;

	private RegistryFileReader(CountingInputStream counted, InputStream lines, Charset charset, long totalBytes) {
		this.counted = counted;
		this.lines = lines;
		this.decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		this.totalBytes = totalBytes;
	}

	static RegistryFileReader open(Path file, Encoding encoding) throws IOException {
		long size = Files.size(file);
		CountingInputStream counted = new CountingInputStream(Files.newInputStream(file));
		BufferedInputStream in = new BufferedInputStream(counted, 1 << 16);
		InputStream content = in;
		if (isZip(in)) {
			ZipInputStream zip = new ZipInputStream(in);
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null && (entry.isDirectory()
					|| !entry.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))) {
				// skip the readme and anything else that is not the data
			}
			if (entry == null) {
				zip.close();
				throw new Unreadable("import.unreadable.zipWithoutCsv");
			}
			content = new BufferedInputStream(zip, 1 << 16);
		}
		Charset charset = switch (encoding) {
			case UTF_8 -> StandardCharsets.UTF_8;
			case SHIFT_JIS -> WINDOWS_31J;
			case AUTO -> detect(content);
		};
		if (charset == StandardCharsets.UTF_8) {
			skipBom(content);
		}
		return new RegistryFileReader(counted, content, charset, size);
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

	/** Bytes of the file read so far (of the compressed file, for a zip), for the progress bar. */
	long bytesRead() {
		return counted.count;
	}

	long totalBytes() {
		return totalBytes;
	}

	/**
	 * Shift_JIS files are decoded as Windows-31J, which knows ㈱, ① and the IBM/NEC extensions that company names
	 * use; its one mapping that differs from the registry's Unicode files is 0x8160, which Windows-31J reads as
	 * FULLWIDTH TILDE (U+FF5E) where the registry writes WAVE DASH (U+301C). Undoing it makes a Shift_JIS file read
	 * exactly as its Unicode twin (whose － is U+FF0D, as Windows-31J reads 0x817C).
	 */
	private String toJisMapping(String text) {
		return decoder.charset() == WINDOWS_31J ? text.replace('\uFF5E', '\u301C') : text;
	}

	private static boolean isZip(BufferedInputStream in) throws IOException {
		in.mark(4);
		byte[] head = in.readNBytes(4);
		in.reset();
		return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
	}

	/** UTF-8 when the first 64 KiB decode as UTF-8 (cut at a line end), Shift_JIS otherwise. */
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

	/**
	 * The file is no registry file at all — an Excel workbook, a zip without a CSV, another list — so no line of it
	 * can ever be imported and resuming is pointless. {@link #messageKey()} says why, for the person who uploaded it.
	 */
	static final class Unreadable extends IOException {

		private final String messageKey;

		Unreadable(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return messageKey;
		}

	}

}
