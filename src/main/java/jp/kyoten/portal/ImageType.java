package jp.kyoten.portal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats a success story's photo may have, told by their first bytes (magic
 * numbers), never by the file name or the type the browser claims: JPEG {@code FF D8 FF},
 * PNG {@code 89 50 4E 47 0D 0A 1A 0A}, WebP {@code RIFF….WEBP}.
 */
enum ImageType {

	JPEG("image/jpeg"), PNG("image/png"), WEBP("image/webp");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private final String contentType;

	ImageType(String contentType) {
		this.contentType = contentType;
	}

	String contentType() {
		return contentType;
	}

	static Optional<ImageType> detect(byte[] bytes) {
		if (bytes == null) {
			return Optional.empty();
		}
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
			return Optional.of(JPEG);
		}
		if (bytes.length >= 8 && Arrays.equals(Arrays.copyOf(bytes, 8), PNG_SIGNATURE)) {
			return Optional.of(PNG);
		}
		if (bytes.length >= 12 && bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F'
				&& bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

}
