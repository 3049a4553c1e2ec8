package jp.kyoten.crawl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One signed-in person talking to the application over HTTP as a browser would: session
 * cookie, the CSRF token of the page a form came from, redirects not followed (so that
 * each hop is seen), Japanese preferred.
 */
final class WebSession {

	record Page(String path, int status, String contentType, String body, String location) {

		boolean html() {
			return contentType != null && contentType.startsWith("text/html");
		}

		Document document(String baseUrl) {
			return Jsoup.parse(body, baseUrl + path);
		}

	}

	private final String baseUrl;

	private final HttpClient client;

	WebSession(String baseUrl) {
		this.baseUrl = baseUrl;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	String baseUrl() {
		return baseUrl;
	}

	WebSession signIn(String email, String password) {
		Page login = get("/login");
		Map<String, String> fields = new LinkedHashMap<>(formFields(login, "form[action$=/login]"));
		fields.put("username", email);
		fields.put("password", password);
		Page result = post("/login", fields);
		if (result.status() != 302 || result.location() == null || result.location().contains("/login")) {
			throw new IllegalStateException(
					"sign-in of " + email + " failed: " + result.status() + " " + result.location());
		}
		return this;
	}

	Page get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET(), path);
	}

	/**
	 * Posts the first form matching {@code selector} on the page at {@code path}, with
	 * {@code values} over its own.
	 */
	Page submit(String path, String selector, Map<String, String> values) {
		Page page = get(path);
		Element form = page.document(baseUrl).selectFirst(selector);
		if (form == null) {
			throw new IllegalStateException("no form " + selector + " on " + path + " (" + page.status() + ")");
		}
		Map<String, String> fields = new LinkedHashMap<>(formFields(page, selector));
		fields.putAll(values);
		String action = form.absUrl("action").substring(baseUrl.length());
		return post(action, fields);
	}

	Page post(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)), path);
	}

	private Map<String, String> formFields(Page page, String selector) {
		Element form = page.document(baseUrl).selectFirst(selector);
		Map<String, String> fields = new LinkedHashMap<>();
		if (form == null) {
			return fields;
		}
		for (Element input : form.select("input[name], textarea[name], select[name]")) {
			String type = input.attr("type");
			if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
				continue;
			}
			if (input.tagName().equals("select")) {
				Element selected = input.selectFirst("option[selected]");
				fields.put(input.attr("name"), selected != null ? selected.val() : "");
			}
			else if (input.tagName().equals("textarea")) {
				fields.put(input.attr("name"), input.text());
			}
			else {
				fields.putIfAbsent(input.attr("name"), input.val());
			}
		}
		return fields;
	}

	private URI uri(String path) {
		return URI.create(baseUrl + path);
	}

	private Page send(HttpRequest.Builder request, String path) {
		try {
			HttpResponse<byte[]> response = client.send(request.header("Accept-Language", "ja")
				.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
				.timeout(Duration.ofSeconds(60))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			String contentType = response.headers().firstValue("Content-Type").orElse(null);
			boolean text = contentType != null && (contentType.startsWith("text/") || contentType.contains("json"));
			return new Page(path, response.statusCode(), contentType,
					text ? new String(response.body(), StandardCharsets.UTF_8) : "",
					response.headers().firstValue("Location").orElse(null));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(path, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
