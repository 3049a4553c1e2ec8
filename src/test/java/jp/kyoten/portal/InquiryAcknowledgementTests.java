package jp.kyoten.portal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acknowledgement mail: Japanese, with the receipt number and the hub, and nothing
 * the sender wrote.
 */
class InquiryAcknowledgementTests {

	final InquiryAcknowledgement acknowledgement = new InquiryAcknowledgement(messages(), null);

	@Test
	void composesSubjectAndBodyWithReceiptNumberAndHub() {
		InquiryAcknowledgement.Mail mail = acknowledgement.compose("熊本県プロフェッショナル人材戦略拠点", "山田 花子", 42);
		assertThat(mail.subject()).isEqualTo("【熊本県プロフェッショナル人材戦略拠点】ご相談を受け付けました（受付番号 P-000042）");
		assertThat(mail.body()).startsWith("山田 花子 様")
			.contains("受付番号は P-000042 です。")
			.contains("3営業日以内")
			.endsWith("熊本県プロフェッショナル人材戦略拠点");
	}

	@Test
	void receiptNumbersHaveSixDigits() {
		assertThat(InquiryAcknowledgement.receiptNumber(7)).isEqualTo("P-000007");
		assertThat(InquiryAcknowledgement.receiptNumber(1234567)).isEqualTo("P-1234567");
	}

	static ReloadableResourceBundleMessageSource messages() {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		source.setBasename("classpath:i18n/portal/messages");
		source.setDefaultEncoding(StandardCharsets.UTF_8.name());
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(Locale.JAPANESE);
		return source;
	}

}
