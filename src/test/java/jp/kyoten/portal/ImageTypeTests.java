package jp.kyoten.portal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Photos are told by their bytes, never by their name or claimed type. */
class ImageTypeTests {

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F' };

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };

	static final byte[] WEBP = { 'R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ' };

	@Test
	void recognisesJpegPngAndWebp() {
		assertThat(ImageType.detect(JPEG)).contains(ImageType.JPEG);
		assertThat(ImageType.detect(PNG)).contains(ImageType.PNG);
		assertThat(ImageType.detect(WEBP)).contains(ImageType.WEBP);
	}

	@Test
	void refusesHtmlSvgGifAndTruncatedFiles() {
		assertThat(ImageType.detect("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(ImageType.detect("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(ImageType.detect("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(ImageType.detect(new byte[] { (byte) 0xFF, (byte) 0xD8 })).isEmpty();
		assertThat(ImageType.detect(new byte[0])).isEmpty();
		assertThat(ImageType.detect(null)).isEmpty();
	}

}
