package jp.kyoten.platform.upload;

import java.util.Optional;

/**
 * The document formats taken as evidence (receipts, invoices), told by their first bytes
 * (magic numbers), never by the file name or the type the browser claims: PDF
 * {@code %PDF-}, JPEG {@code FF D8 FF}, PNG {@code 89 50 4E 47 0D 0A 1A 0A}.
 */
public enum DocumentType {

	PDF("application/pdf", "pdf", new int[] { 0x25, 0x50, 0x44, 0x46, 0x2D }),
	JPEG("image/jpeg", "jpg", new int[] { 0xFF, 0xD8, 0xFF }),
	PNG("image/png", "png", new int[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });

	private final String contentType;

	private final String extension;

	private final int[] magic;

	DocumentType(String contentType, String extension, int[] magic) {
		this.contentType = contentType;
		this.extension = extension;
		this.magic = magic;
	}

	public String contentType() {
		return contentType;
	}

	public String extension() {
		return extension;
	}

	public static Optional<DocumentType> detect(byte[] bytes) {
		if (bytes == null) {
			return Optional.empty();
		}
		for (DocumentType type : values()) {
			if (type.startsTheFile(bytes)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	private boolean startsTheFile(byte[] bytes) {
		if (bytes.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((bytes[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The name a file is kept under: its last path segment without control characters, at
	 * most 200 characters, with the extension of its detected type so that a downloaded
	 * file opens in the right program.
	 */
	public String cleanName(String original) {
		String name = original == null ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name.startsWith(".") ? "" : name;
		if (stem.isBlank()) {
			stem = "file";
		}
		if (stem.length() > 190) {
			stem = stem.substring(0, 190);
		}
		return stem + "." + extension;
	}

}
