package jp.kyoten.identity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 6238's own test vectors (appendix B), then the window and the once-only rule. */
class TotpTests {

	/**
	 * Appendix B's seeds: the ASCII digits, 20 bytes for SHA-1, 32 for SHA-256, 64 for
	 * SHA-512.
	 */
	private static byte[] seed(int length) {
		return "1234567890".repeat(7).substring(0, length).getBytes(StandardCharsets.US_ASCII);
	}

	@ParameterizedTest(name = "T={0}s {2}")
	@CsvSource({ "59, 94287082, HmacSHA1, 20", "1111111109, 07081804, HmacSHA1, 20",
			"1111111111, 14050471, HmacSHA1, 20", "1234567890, 89005924, HmacSHA1, 20",
			"2000000000, 69279037, HmacSHA1, 20", "20000000000, 65353130, HmacSHA1, 20", "59, 46119246, HmacSHA256, 32",
			"1111111109, 68084774, HmacSHA256, 32", "1111111111, 67062674, HmacSHA256, 32",
			"1234567890, 91819424, HmacSHA256, 32", "2000000000, 90698825, HmacSHA256, 32",
			"20000000000, 77737706, HmacSHA256, 32", "59, 90693936, HmacSHA512, 64",
			"1111111109, 25091201, HmacSHA512, 64", "1111111111, 99943326, HmacSHA512, 64",
			"1234567890, 93441116, HmacSHA512, 64", "2000000000, 38618901, HmacSHA512, 64",
			"20000000000, 47863826, HmacSHA512, 64" })
	void computesTheCodesOfRfc6238sTestVectors(long seconds, String expected, String hmac, int seedLength) {
		long step = Totp.stepAt(Instant.ofEpochSecond(seconds));
		assertThat(Totp.code(seed(seedLength), step, 8, hmac)).isEqualTo(expected);
	}

	@Test
	void sixDigitCodesAreTheLastSixOfTheEightDigitOnes() {
		long step = Totp.stepAt(Instant.ofEpochSecond(59));
		assertThat(Totp.code(seed(20), step)).isEqualTo("287082");
	}

	@Test
	void acceptsTheStepBeforeAndAfterButNotTwoAway() {
		byte[] secret = Totp.newSecret();
		Instant now = Instant.parse("2026-12-07T01:00:10Z");
		long present = Totp.stepAt(now);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, present), now, 0)).hasValue(present);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, present - 1), now, 0)).hasValue(present - 1);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, present + 1), now, 0)).hasValue(present + 1);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, present - 2), now, 0)).isEmpty();
		assertThat(Totp.matchingStep(secret, Totp.code(secret, present + 2), now, 0)).isEmpty();
	}

	@Test
	void refusesACodeOfAStepAlreadyUsed() {
		byte[] secret = Totp.newSecret();
		Instant now = Instant.parse("2026-12-07T01:00:10Z");
		long present = Totp.stepAt(now);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, present), now, present)).isEmpty();
		assertThat(Totp.matchingStep(secret, Totp.code(secret, present - 1), now, present)).isEmpty();
		assertThat(Totp.matchingStep(secret, Totp.code(secret, present + 1), now, present)).hasValue(present + 1);
	}

	@Test
	void refusesWhatIsNotSixDigits() {
		byte[] secret = Totp.newSecret();
		Instant now = Instant.now();
		assertThat(Totp.matchingStep(secret, null, now, 0)).isEmpty();
		assertThat(Totp.matchingStep(secret, "12345", now, 0)).isEmpty();
		assertThat(Totp.matchingStep(secret, "12345a", now, 0)).isEmpty();
		assertThat(Totp.matchingStep(secret, "1234567", now, 0)).isEmpty();
	}

	@Test
	void base32IsRfc4648sWithoutPadding() {
		assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		assertThat(Base32.encode("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
		assertThat(new String(Base32.decode("mzxw 6ytb oi======"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
		byte[] secret = Totp.newSecret();
		assertThat(Base32.decode(Base32.encode(secret))).isEqualTo(secret);
	}

	@Test
	void theQrCodeCarriesTheKeyUriFormatAppsRead() {
		assertThat(TwoFactorController.otpauthUri("yamada@kumamoto.demo", "MZXW6YTBOI")).isEqualTo(
				"otpauth://totp/Kyoten%3Ayamada%40kumamoto.demo?secret=MZXW6YTBOI&issuer=Kyoten&algorithm=SHA1&digits=6&period=30");
	}

}
