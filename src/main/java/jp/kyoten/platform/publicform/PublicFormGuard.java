package jp.kyoten.platform.publicform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.platform.tenancy.HubScope;

/**
 * The one guard of every public form (consultation form, event registration, survey,
 * self-diagnosis, unsubscribe), without third parties: a honeypot field people never see
 * ({@code website}), the time the form was shown, signed ({@code started}/{@code issued}:
 * too soon, too old or forged is refused), and limits per client address and per hub
 * counted in PostgreSQL (one atomic upsert each), so that every node sees the same counts
 * and a restart resets nothing. The key comes from {@code KYOTEN_FORM_SECRET} or, unset,
 * from the database, where the first start draws it.
 */
@Component
public class PublicFormGuard {

	public enum Verdict {

		ACCEPTED, HONEYPOT, TOO_FAST, EXPIRED, FORGED

	}

	private static final String HUB_WIDE = "";

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final PublicFormSettings settings;

	private final Clock clock;

	private final byte[] key;

	@Autowired
	PublicFormGuard(JdbcClient jdbc, TransactionTemplate transactions, PublicFormSettings settings) {
		this(jdbc, transactions, settings, Clock.systemUTC());
	}

	PublicFormGuard(JdbcClient jdbc, TransactionTemplate transactions, PublicFormSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions.getTransactionManager());
		this.ownTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
		this.settings = settings;
		this.clock = clock;
		this.key = settings.secret().isBlank() ? keptKey() : settings.secret().getBytes(StandardCharsets.UTF_8);
	}

	/** The signed time for a form shown now. */
	public String issue() {
		return issue(clock.instant());
	}

	/** The signed time for a form shown at {@code shownAt}. */
	public String issue(Instant shownAt) {
		String millis = Long.toString(shownAt.toEpochMilli());
		return millis + "." + sign(millis);
	}

	/**
	 * Checks the honeypot and the signed time of a submission. Counts nothing: call
	 * {@link #admit} just before the submission is kept, so that a person correcting a
	 * typo is not counted twice.
	 */
	public Verdict check(String started, String honeypot) {
		return checkToken(started, honeypot);
	}

	/**
	 * Counts one submission of the form from the address to the hub; false when the
	 * address or the hub has used up the form's allowance for the window (the submission
	 * is then refused, and still counted).
	 */
	public boolean admit(PublicForm form, long hubId, String clientAddress) {
		return count(form, hubId, clientAddress);
	}

	private Verdict checkToken(String started, String honeypot) {
		if (honeypot != null && !honeypot.isBlank()) {
			return Verdict.HONEYPOT;
		}
		if (started == null || !started.matches("[0-9]{1,15}\\.[0-9a-f]{64}")) {
			return Verdict.FORGED;
		}
		String millis = started.substring(0, started.indexOf('.'));
		byte[] expected = sign(millis).getBytes(StandardCharsets.US_ASCII);
		byte[] given = started.substring(started.indexOf('.') + 1).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, given)) {
			return Verdict.FORGED;
		}
		Duration age = Duration.between(Instant.ofEpochMilli(Long.parseLong(millis)), clock.instant());
		if (age.compareTo(settings.minimumFillTime()) < 0) {
			return Verdict.TOO_FAST;
		}
		return age.compareTo(settings.maximumFormAge()) > 0 ? Verdict.EXPIRED : Verdict.ACCEPTED;
	}

	/**
	 * True while both the address and the hub are within the form's limits; counted in
	 * its own transaction.
	 */
	private boolean count(PublicForm form, long hubId, String clientAddress) {
		long windowSeconds = form.window().toSeconds();
		long now = clock.instant().getEpochSecond();
		var window = Instant.ofEpochSecond(now - now % windowSeconds).atOffset(ZoneOffset.UTC);
		String client = sign("address:" + (clientAddress == null ? "" : clientAddress));
		// the scope first: the transaction's connection is told the hub when it is
		// borrowed
		Boolean allowed = HubScope.callAs(hubId, () -> ownTransaction.execute(tx -> {
			int byAddress = increment(hubId, form, client, window);
			int byHub = increment(hubId, form, HUB_WIDE, window);
			if (byHub == 1) {
				jdbc.sql("DELETE FROM public_form_window WHERE window_start < ?").param(window.minusDays(1)).update();
			}
			return byAddress <= form.perAddress() && byHub <= form.perHub();
		}));
		return Boolean.TRUE.equals(allowed);
	}

	private int increment(long hubId, PublicForm form, String client, java.time.OffsetDateTime window) {
		return jdbc.sql("""
				INSERT INTO public_form_window (hub_id, form, client_hash, window_start, submissions)
				VALUES (?, ?, ?, ?, 1)
				ON CONFLICT (hub_id, form, client_hash, window_start)
				DO UPDATE SET submissions = public_form_window.submissions + 1
				RETURNING submissions""").params(hubId, form.name(), client, window).query(Integer.class).single();
	}

	/**
	 * The key kept in the database: the first node to start draws it, every later start
	 * reads it.
	 */
	private byte[] keptKey() {
		byte[] drawn = new byte[32];
		new SecureRandom().nextBytes(drawn);
		jdbc.sql("INSERT INTO public_form_key (id, secret) VALUES (1, ?) ON CONFLICT (id) DO NOTHING")
			.param(drawn)
			.update();
		return jdbc.sql("SELECT secret FROM public_form_key WHERE id = 1").query(byte[].class).single();
	}

	private String sign(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
