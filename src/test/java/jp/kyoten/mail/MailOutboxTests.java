package jp.kyoten.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.KyotenSpringTest;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox against a real SMTP server (GreenMail): one recipient per mail, headers that
 * cannot be injected, List-Unsubscribe, and sending that survives a crash and a second
 * node without losing or doubling a mail. Each test works in a hub of its own, so that
 * the counts are its own.
 */
@KyotenSpringTest
class MailOutboxTests {

	/**
	 * The hubs made by these tests lie in a prefecture no other test uses (鹿児島), so that
	 * prefecture-wide work of other tests (the system admin's registry import) never
	 * reaches them.
	 */
	static final String TEST_PREFECTURE = "46";

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Hubs hubs;

	long hubId;

	@BeforeEach
	void ownHub() {
		String slug = "mail-" + UUID.randomUUID().toString().substring(0, 8);
		hubId = tx.execute(s -> hubs.create(slug, "メール試験拠点", HubKind.PRO_TALENT, TEST_PREFECTURE).getId());
	}

	@Test
	void sendsEachMailToItsOneRecipientWithOneClickUnsubscribe() throws Exception {
		enqueue(new OutgoingMail("a@example.jp", "阿蘇 太郎", "ご案内", "本文です。", "https://kyoten.example.jp/p/x/u/tok1"));
		enqueue(new OutgoingMail("b@example.jp", null, "ご案内", "本文です。", null));
		assertThat(sender(smtpSender(), 5).sendDue(hubId)).isEqualTo(2);
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(2);
		for (MimeMessage m : received) {
			assertThat(m.getAllRecipients()).hasSize(1);
			assertThat(m.getRecipients(MimeMessage.RecipientType.CC)).isNull();
			assertThat(m.getHeader("Bcc")).isNull();
		}
		MimeMessage first = byRecipient(received, "a@example.jp");
		assertThat(((InternetAddress) first.getRecipients(MimeMessage.RecipientType.TO)[0]).getPersonal())
			.isEqualTo("阿蘇 太郎");
		assertThat(first.getSubject()).isEqualTo("ご案内");
		assertThat(first.getHeader("List-Unsubscribe")).containsExactly("<https://kyoten.example.jp/p/x/u/tok1>");
		assertThat(first.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		assertThat(byRecipient(received, "b@example.jp").getHeader("List-Unsubscribe")).isNull();
		assertThat(statuses()).containsOnly("SENT");
	}

	@Test
	void headerInjectionInNamesAndSubjectsIsNeutralised() throws Exception {
		enqueue(new OutgoingMail("victim@example.jp", "山田\r\nBcc: spy@example.com\r\nX-Evil: 1",
				"件名\r\nBcc: spy2@example.com\nCc: spy3@example.com", "本文", null));
		sender(smtpSender(), 5).sendDue(hubId);
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		MimeMessage m = received[0];
		assertThat(m.getAllRecipients()).extracting(a -> ((InternetAddress) a).getAddress())
			.containsExactly("victim@example.jp");
		assertThat(m.getHeader("Bcc")).isNull();
		assertThat(m.getHeader("Cc")).isNull();
		assertThat(m.getHeader("X-Evil")).isNull();
		assertThat(m.getSubject()).doesNotContain("\r", "\n")
			.isEqualTo("件名 Bcc: spy2@example.com Cc: spy3@example.com");
		assertThat(((InternetAddress) m.getRecipients(MimeMessage.RecipientType.TO)[0]).getPersonal())
			.doesNotContain("\r", "\n");
		assertThat(smtp.getReceivedMessagesForDomain("example.com")).isEmpty();
	}

	@Test
	void refusesAnythingButOnePlainRecipient() {
		for (String to : List.of("a@example.jp, b@example.jp", "a@example.jp;b@example.jp", "A <a@example.jp>",
				"a@example.jp\r\nBcc: b@example.jp", "list: a@example.jp, b@example.jp;", "", "not-an-address")) {
			assertThatThrownBy(() -> enqueue(new OutgoingMail(to, null, "件名", "本文", null))).as(to)
				.isInstanceOf(IllegalArgumentException.class);
		}
		assertThatThrownBy(() -> enqueue(
				new OutgoingMail("a@example.jp", null, "件名", "本文", "https://x.example.jp/u>\r\nBcc: b@example.jp")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(statuses()).isEmpty();
	}

	@Test
	void restartInTheMiddleOfASendLosesAndDoublesNothing() throws Exception {
		for (int i = 0; i < 6; i++) {
			enqueue(new OutgoingMail("crash" + i + "@example.jp", null, "件名" + i, "本文", null));
		}
		// the node dies while handing the fourth mail over: the JVM is gone before
		// anything else happens
		AtomicInteger handed = new AtomicInteger();
		JavaMailSender real = smtpSender();
		MailDelivery dying = new MailDelivery(provider(real), settings(5)) {
			@Override
			Outcome deliver(QueuedMail mail) {
				if (handed.incrementAndGet() == 4) {
					throw new NodeDied();
				}
				return super.deliver(mail);
			}
		};
		assertThatThrownBy(() -> sender(dying, 5).sendDue(hubId)).isInstanceOf(NodeDied.class);
		assertThat(smtp.getReceivedMessages()).hasSize(3);
		// the restarted node sends what is left, once
		assertThat(sender(smtpSender(), 5).sendDue(hubId)).isEqualTo(3);
		assertThat(sender(smtpSender(), 5).sendDue(hubId)).isZero();
		List<String> recipients = new ArrayList<>();
		for (MimeMessage m : smtp.getReceivedMessages()) {
			for (Address a : m.getAllRecipients()) {
				recipients.add(((InternetAddress) a).getAddress());
			}
		}
		assertThat(recipients).containsExactlyInAnyOrder("crash0@example.jp", "crash1@example.jp", "crash2@example.jp",
				"crash3@example.jp", "crash4@example.jp", "crash5@example.jp");
		assertThat(statuses()).hasSize(6).containsOnly("SENT");
	}

	@Test
	void twoNodesSendingAtOnceSendEveryMailOnce() throws Exception {
		for (int i = 0; i < 40; i++) {
			enqueue(new OutgoingMail("node" + i + "@example.jp", null, "件名", "本文", null));
		}
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<Integer> node = () -> sender(smtpSender(), 5).sendDue(hubId);
			List<Future<Integer>> done = pool.invokeAll(List.of(node, node));
			assertThat(done.get(0).get() + done.get(1).get()).isEqualTo(40);
		}
		finally {
			pool.shutdown();
		}
		assertThat(smtp.getReceivedMessages()).hasSize(40);
		assertThat(jdbcCount("SELECT count(DISTINCT to_address) FROM mail_outbox WHERE status = 'SENT'")).isEqualTo(40);
	}

	@Test
	void retriesWithBackoffAndGivesUpAfterTheLastAttempt() {
		enqueue(new OutgoingMail("down@example.jp", null, "件名", "本文", null));
		JavaMailSenderImpl unreachable = new JavaMailSenderImpl();
		unreachable.setHost("127.0.0.1");
		unreachable.setPort(1);
		MailSettings twoAttempts = new MailSettings("no-reply@kyoten.example.jp", "拠点", 2, Duration.ZERO,
				Duration.ofSeconds(5), 10);
		OutboxSender sender = new OutboxSender(jdbc, tx, hubs, new MailDelivery(provider(unreachable), twoAttempts),
				twoAttempts);
		sender.sendDue(hubId);
		assertThat(row("status")).isEqualTo("QUEUED");
		assertThat(row("attempts")).isEqualTo("1");
		sender.sendDue(hubId);
		assertThat(row("status")).isEqualTo("FAILED");
		assertThat(row("attempts")).isEqualTo("2");
		assertThat(row("last_error")).isNotBlank();
		sender.sendDue(hubId);
		assertThat(row("attempts")).isEqualTo("2");
	}

	@Test
	void demoModeKeepsTheMailsInsteadOfSendingThem() {
		enqueue(new OutgoingMail("demo@example.jp", null, "件名", "本文", null));
		MailSettings s = settings(5);
		new OutboxSender(jdbc, tx, hubs, new MailDelivery(provider(null), s), s).sendDue(hubId);
		assertThat(statuses()).containsExactly("KEPT");
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	static final class NodeDied extends Error {

		private static final long serialVersionUID = 1L;

	}

	private long enqueue(OutgoingMail mail) {
		return HubScope.callAs(hubId, () -> tx.execute(s -> outbox.enqueue(mail)));
	}

	private OutboxSender sender(JavaMailSender smtp, int maxAttempts) {
		MailSettings s = settings(maxAttempts);
		return new OutboxSender(jdbc, tx, hubs, new MailDelivery(provider(smtp), s), s) {
			@Override
			int sendDue(long hub) {
				return super.sendDue(hub);
			}
		};
	}

	private OutboxSender sender(MailDelivery delivery, int maxAttempts) {
		return new OutboxSender(jdbc, tx, hubs, delivery, settings(maxAttempts));
	}

	private static MailSettings settings(int maxAttempts) {
		return new MailSettings("no-reply@kyoten.example.jp", "拠点 事務局", maxAttempts, Duration.ofMinutes(1),
				Duration.ofSeconds(5), 200);
	}

	private JavaMailSender smtpSender() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(smtp.getSmtp().getPort());
		return sender;
	}

	private static ObjectProvider<JavaMailSender> provider(JavaMailSender sender) {
		return new ObjectProvider<>() {
			@Override
			public JavaMailSender getObject(Object... args) {
				return sender;
			}

			@Override
			public JavaMailSender getIfAvailable() {
				return sender;
			}

			@Override
			public JavaMailSender getIfUnique() {
				return sender;
			}

			@Override
			public JavaMailSender getObject() {
				return sender;
			}
		};
	}

	private static MimeMessage byRecipient(MimeMessage[] messages, String to) throws Exception {
		for (MimeMessage m : messages) {
			if (((InternetAddress) m.getAllRecipients()[0]).getAddress().equals(to)) {
				return m;
			}
		}
		throw new AssertionError("no mail to " + to);
	}

	private List<String> statuses() {
		return HubScope.callAs(hubId,
				() -> jdbc.sql("SELECT status FROM mail_outbox ORDER BY id").query(String.class).list());
	}

	private String row(String column) {
		return HubScope.callAs(hubId,
				() -> jdbc.sql("SELECT " + column + "::text FROM mail_outbox").query(String.class).single());
	}

	private long jdbcCount(String sql) {
		return HubScope.callAs(hubId, () -> jdbc.sql(sql).query(Long.class).single());
	}

	@SuppressWarnings("unused")
	private static Map<String, String> none() {
		return Map.of();
	}

}
