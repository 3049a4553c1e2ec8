package jp.kyoten.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the bad-input sweep found: every request it sent that was not answered as a client
 * error with a Japanese message. Kept apart from the test so that the check itself can be
 * shown to fail ({@code MalformedInputTests}).
 */
final class MalformedInputSweep {

	/**
	 * What a malformed value must get: a refusal (4xx), or at least no failure (a search
	 * for a long text is fine).
	 */
	enum Must {

		REFUSE, NOT_FAIL

	}

	private static final Pattern JAPANESE = Pattern.compile("[\\u3040-\\u30ff\\u4e00-\\u9fff]");

	private final List<String> failures = new ArrayList<>();

	private int requests;

	/**
	 * One answer: a 5xx, a 2xx/3xx to malformed input, or an API error without a Japanese
	 * problem+json detail.
	 */
	void answered(String request, int status, String contentType, String body, boolean api, Must must) {
		requests++;
		if (status >= 500) {
			failures.add(status + " " + request);
		}
		else if (status < 400 && must == Must.NOT_FAIL) {
			return;
		}
		else if (status < 400) {
			failures.add(status + " (accepted malformed input) " + request);
		}
		else if (api && status != 401 && status != 403 && (contentType == null
				|| !contentType.startsWith("application/problem+json") || !JAPANESE.matcher(detail(body)).find())) {
			failures.add(status + " without a Japanese problem+json " + request + " → " + contentType + " " + body);
		}
	}

	List<String> failures() {
		return failures;
	}

	int requests() {
		return requests;
	}

	private static String detail(String body) {
		if (body == null) {
			return "";
		}
		try {
			Object detail = new tools.jackson.databind.ObjectMapper().readValue(body, Map.class).get("detail");
			return detail == null ? "" : detail.toString();
		}
		catch (RuntimeException ex) {
			return "";
		}
	}

}
