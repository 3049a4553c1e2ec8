package jp.kyoten.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address people reach Kyoten at, which starts every link that leaves the
 * application: in mails, QR codes and exported documents. It is {@code KYOTEN_PUBLIC_URL}
 * ({@code kyoten.public-url}) when set. Unset, it is this very server,
 * {@code http://localhost:<the port it listens on>}, which is right on the machine it
 * runs on and wrong everywhere else, so a warning says so at start.
 * <p>
 * It is never taken from a request's {@code Host} header: whoever sends a request could
 * then put their own site into the mail that Kyoten sends to someone else.
 */
@Component
public class PublicAddress {

	private static final Logger log = LoggerFactory.getLogger(PublicAddress.class);

	private final String configured;

	private final String contextPath;

	private volatile int port;

	PublicAddress(@Value("${kyoten.public-url:}") String configured, Environment env) {
		this.configured = configured == null ? "" : configured.strip().replaceAll("/+$", "");
		this.contextPath = env.getProperty("server.servlet.context-path", "").replaceAll("/+$", "");
		this.port = env.getProperty("server.port", Integer.class, 8080);
		if (!this.configured.isEmpty() && !this.configured.matches("(?i)https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
			throw new IllegalStateException("KYOTEN_PUBLIC_URL must be an http(s) address such as "
					+ "https://kyoten.example.jp, not: " + configured);
		}
	}

	@EventListener
	void serverStarted(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() != null) {
			return; // the management server, if one is configured apart
		}
		this.port = event.getWebServer().getPort();
		if (configured.isEmpty()) {
			log.warn(
					"KYOTEN_PUBLIC_URL is not set: links in mails and QR codes point to {}, which only this machine "
							+ "reaches. Set KYOTEN_PUBLIC_URL to the address people use (https://kyoten.example.jp).",
					base());
		}
	}

	/** The address without a trailing slash, e.g. {@code https://kyoten.example.jp}. */
	public String base() {
		return configured.isEmpty() ? "http://localhost:" + port + contextPath : configured;
	}

	/** An absolute link to {@code path} (which starts with a slash). */
	public String link(String path) {
		return base() + path;
	}

	/**
	 * Whether the address was set for this deployment rather than guessed from the port.
	 */
	public boolean configured() {
		return !configured.isEmpty();
	}

}
