package jp.kyoten.platform.web;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.web.MalformedInputSweep.Must;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Bad input everywhere, generated: every operation of the OpenAPI document and every form
 * handler is sent malformed values per parameter type — control characters, overlong
 * text, wrong types, numbers out of range, unknown codes, impossible dates, missing
 * multipart parts, broken JSON — and must answer a client error (the API with a Japanese
 * problem+json), never a 500, and save nothing. A new operation is covered as soon as it
 * is in the document or mapped: it fails this test the day it answers 500 to a malformed
 * value.
 */
@KyotenSpringTest
class MalformedInputTests {

	record Malformed(String value, Must must, String what) {
	}

	/**
	 * Rows that requests may add without saving anything a person sent: sessions, the
	 * audit log, the outbox, the public forms' windows; and the hub tables
	 * {@code privacy/tables.properties} marks {@code background}, which a background job
	 * fills or empties from marks earlier tests left, whatever this test sends (the
	 * national figures).
	 */
	private static final Set<String> INFRASTRUCTURE = infrastructure();

	private static Set<String> infrastructure() {
		Set<String> tables = new java.util.HashSet<>(
				Set.of("audit_log", "spring_session", "spring_session_attributes", "event_publication",
						"event_publication_archive", "flyway_schema_history", "mail_outbox", "mail_message",
						"portal_submission_window", "public_form_window", "public_form_key", "morning_digest_claim"));
		java.util.Properties described = new java.util.Properties();
		try (var in = new java.io.InputStreamReader(
				new org.springframework.core.io.ClassPathResource("privacy/tables.properties").getInputStream(),
				StandardCharsets.UTF_8)) {
			described.load(in);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		described.forEach((table, value) -> {
			String[] fields = ((String) value).split("\\|");
			if (fields.length > 2 && "background".equals(fields[2].strip())) {
				tables.add((String) table);
			}
		});
		return Set.copyOf(tables);
	}

	private static final String LONG = "長".repeat(5000);

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void everyApiOperationRefusesMalformedValuesWithAJapaneseProblemAndSavesNothing() throws Exception {
		Map<String, Long> before = rowCounts();
		MalformedInputSweep sweep = new MalformedInputSweep();
		Map<String, Object> doc = json.readValue(mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8), Map.class);
		Map<String, Object> paths = map(doc.get("paths"));
		assertThat(paths).as("operations in the OpenAPI document").hasSizeGreaterThan(20);
		int operations = 0;
		for (var path : paths.entrySet()) {
			for (var op : map(path.getValue()).entrySet()) {
				HttpMethod method = HttpMethod.valueOf(op.getKey().toUpperCase(java.util.Locale.ROOT));
				Map<String, Object> operation = map(op.getValue());
				operations++;
				sweepOperation(sweep, doc, path.getKey(), method, operation);
			}
		}
		assertThat(sweep.failures()).as("%d requests to %d operations", sweep.requests(), operations).isEmpty();
		assertThat(changedTables(before)).as("tables that gained or lost rows").isEmpty();
	}

	@Test
	void everyFormHandlerAndPageRefusesMalformedValuesWithoutFailingAndSavesNothing() throws Exception {
		Map<String, Long> before = rowCounts();
		MalformedInputSweep sweep = new MalformedInputSweep();
		int handlers = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			var methods = info.getMethodsCondition().getMethods();
			HttpMethod method = methods.contains(RequestMethod.POST) ? HttpMethod.POST
					: methods.isEmpty() || methods.contains(RequestMethod.GET) ? HttpMethod.GET : null;
			if (method == null) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/") || pattern.startsWith("/v3/") || pattern.equals("/login")
						|| pattern.equals("/logout") || pattern.startsWith("/error")) {
					continue;
				}
				handlers++;
				sweepForm(sweep, method, pattern, entry.getValue());
			}
		}
		assertThat(handlers).as("form handlers and pages").isGreaterThan(100);
		assertThat(sweep.failures()).as("%d requests to %d form handlers", sweep.requests(), handlers).isEmpty();
		assertThat(changedTables(before)).as("tables that gained or lost rows").isEmpty();
	}

	// --- the API
	// ---------------------------------------------------------------------------------------------------

	private void sweepOperation(MalformedInputSweep sweep, Map<String, Object> doc, String template, HttpMethod method,
			Map<String, Object> operation) throws Exception {
		List<Map<String, Object>> parameters = new ArrayList<>();
		for (Object p : list(operation.get("parameters"))) {
			parameters.add(map(p));
		}
		for (Map<String, Object> parameter : parameters) {
			Map<String, Object> schema = resolve(doc, map(parameter.get("schema")));
			for (Malformed bad : malformedFor(schema)) {
				String in = (String) parameter.get("in");
				if ("path".equals(in) && bad.value().length() > 200) {
					continue;
				}
				Map<String, String> pathValues = new LinkedHashMap<>();
				Map<String, String> query = new LinkedHashMap<>();
				for (Map<String, Object> other : parameters) {
					if ("path".equals(other.get("in"))) {
						pathValues.put((String) other.get("name"), "1");
					}
				}
				("path".equals(in) ? pathValues : query).put((String) parameter.get("name"), bad.value());
				MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method,
						uri(template, pathValues));
				query.forEach(request::queryParam);
				if (operation.get("requestBody") != null) {
					request.contentType(MediaType.APPLICATION_JSON).content("{}");
				}
				send(sweep, request, method + " " + template + " " + parameter.get("name") + "=" + bad.what(), true,
						bad.must());
			}
		}
		Map<String, Object> body = map(operation.get("requestBody"));
		if (body.isEmpty()) {
			return;
		}
		Map<String, String> ids = new LinkedHashMap<>();
		parameters.stream().filter(p -> "path".equals(p.get("in"))).forEach(p -> ids.put((String) p.get("name"), "1"));
		String uri = uri(template, ids);
		Map<String, Object> content = map(body.get("content"));
		if (content.containsKey("multipart/form-data")) {
			send(sweep, MockMvcRequestBuilders.multipart(method, uri), method + " " + template + " without its parts",
					true, Must.REFUSE);
			send(sweep, MockMvcRequestBuilders.request(method, uri).contentType(MediaType.APPLICATION_FORM_URLENCODED),
					method + " " + template + " not multipart", true, Must.REFUSE);
		}
		if (!content.containsKey("application/json")) {
			return;
		}
		for (String broken : List.of("{", "[1]", "\"text\"", "{\"a\":}")) {
			send(sweep,
					MockMvcRequestBuilders.request(method, uri).contentType(MediaType.APPLICATION_JSON).content(broken),
					method + " " + template + " body " + broken, true, Must.REFUSE);
		}
		Map<String, Object> schema = resolve(doc, map(map(content.get("application/json")).get("schema")));
		for (var property : map(schema.get("properties")).entrySet()) {
			for (Malformed bad : malformedFor(resolve(doc, map(property.getValue())))) {
				if (bad.must() != Must.REFUSE) {
					continue;
				}
				String value = bad.value().matches("-?[0-9]+") ? bad.value() : json.writeValueAsString(bad.value());
				send(sweep,
						MockMvcRequestBuilders.request(method, uri)
							.contentType(MediaType.APPLICATION_JSON)
							.content("{\"" + property.getKey() + "\":" + value + "}"),
						method + " " + template + " body " + property.getKey() + "=" + bad.what(), true, Must.REFUSE);
			}
		}
	}

	/** Malformed values for a parameter or property of this schema. */
	private static List<Malformed> malformedFor(Map<String, Object> schema) {
		List<Malformed> values = new ArrayList<>();
		values.add(new Malformed("a\u0000b", Must.REFUSE, "NUL"));
		values.add(new Malformed("a\u0007\u001bb", Must.REFUSE, "control characters"));
		String type = String.valueOf(schema.get("type"));
		String format = String.valueOf(schema.get("format"));
		switch (type) {
			case "integer", "number" -> {
				values.add(new Malformed("zwei", Must.REFUSE, "not a number"));
				values.add(new Malformed("99999999999999999999999", Must.REFUSE, "out of range"));
				values.add(new Malformed("-1", Must.NOT_FAIL, "negative"));
			}
			case "boolean" -> values.add(new Malformed("vielleicht", Must.REFUSE, "not a boolean"));
			case "array" -> values.add(new Malformed("\u0000", Must.REFUSE, "NUL item"));
			default -> {
				if (format.equals("date") || format.equals("date-time")) {
					values.add(new Malformed("2026-13-45", Must.REFUSE, "impossible date"));
					values.add(new Malformed("昨日", Must.REFUSE, "not a date"));
				}
				if (schema.get("enum") != null) {
					values.add(new Malformed("NO_SUCH_CODE", Must.REFUSE, "unknown code"));
				}
				values.add(new Malformed(LONG, Must.NOT_FAIL, "overlong"));
			}
		}
		return values;
	}

	// --- the forms
	// -------------------------------------------------------------------------------------------------

	private void sweepForm(MalformedInputSweep sweep, HttpMethod method, String pattern, HandlerMethod handler)
			throws Exception {
		Map<String, Class<?>> fields = new TreeMap<>();
		Map<String, String> pathValues = new LinkedHashMap<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (path != null) {
				String name = !path.name().isEmpty() ? path.name() : parameter.getParameterName();
				pathValues.put(name, name.toLowerCase(java.util.Locale.ROOT).contains("slug") ? "kumamoto"
						: type == String.class ? "x" : "1");
			}
			else if (param != null && type != Map.class && !type.getName().contains("Multipart")) {
				fields.put(!param.name().isEmpty() ? param.name() : parameter.getParameterName(), type);
			}
			else if (type.isRecord()
					&& (parameter.hasParameterAnnotation(ModelAttribute.class) || !type.getName().startsWith("java"))) {
				components("", type, fields, 0);
			}
		}
		for (String name : pattern.replaceAll("[^{]*\\{([^}:]+)[^}]*}[^{]*", "$1,").split(",")) {
			if (!name.isBlank()) {
				pathValues.putIfAbsent(name, name.contains("slug") ? "kumamoto" : "1");
			}
		}
		String uri = uri(pattern, pathValues);
		// only malformed values: a POST without any (publish, delete, accept) is a valid
		// request, not bad input
		for (var field : fields.entrySet()) {
			for (Malformed bad : malformedForField(field.getValue())) {
				send(sweep, MockMvcRequestBuilders.request(method, uri).with(csrf()).param(field.getKey(), bad.value()),
						method + " " + pattern + " " + field.getKey() + "=" + bad.what(), false, bad.must());
			}
		}
	}

	private static void components(String prefix, Class<?> record, Map<String, Class<?>> fields, int depth) {
		for (RecordComponent component : record.getRecordComponents()) {
			Class<?> type = component.getType();
			if (type.isRecord() && depth < 2) {
				components(prefix + component.getName() + ".", type, fields, depth + 1);
			}
			else {
				fields.put(prefix + component.getName(), type);
			}
		}
	}

	private static List<Malformed> malformedForField(Class<?> type) {
		List<Malformed> values = new ArrayList<>();
		values.add(new Malformed("a\u0000b", Must.REFUSE, "NUL"));
		values.add(new Malformed("a\u0001b", Must.REFUSE, "control character"));
		if (Number.class.isAssignableFrom(type) || type == long.class || type == int.class) {
			values.add(new Malformed("zwei", Must.NOT_FAIL, "not a number"));
			values.add(new Malformed("99999999999999999999999", Must.NOT_FAIL, "out of range"));
		}
		else if (type.isEnum()) {
			values.add(new Malformed("NO_SUCH_CODE", Must.NOT_FAIL, "unknown code"));
		}
		else if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
			values.add(new Malformed("2026-13-45", Must.NOT_FAIL, "impossible date"));
		}
		else if (type == boolean.class || type == Boolean.class) {
			values.add(new Malformed("vielleicht", Must.NOT_FAIL, "not a boolean"));
		}
		else {
			values.add(new Malformed(LONG, Must.NOT_FAIL, "overlong"));
		}
		return values;
	}

	// --- sending and counting
	// --------------------------------------------------------------------------------------

	private void send(MalformedInputSweep sweep, AbstractMockHttpServletRequestBuilder<?> request, String what,
			boolean api, Must must) throws Exception {
		MockHttpServletResponse response;
		try {
			response = mvc.perform(request.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))).andReturn().getResponse();
		}
		catch (Exception ex) {
			// an exception that escapes MockMvc is what the servlet container answers
			// with 500
			sweep.answered(what + " threw " + ex, 500, null, null, api, must);
			return;
		}
		sweep.answered(what, response.getStatus(), response.getContentType(),
				response.getContentAsString(StandardCharsets.UTF_8), api, must);
	}

	private static String uri(String template, Map<String, String> pathValues) {
		String uri = template;
		for (var e : pathValues.entrySet()) {
			uri = uri.replaceAll("\\{" + java.util.regex.Pattern.quote(e.getKey()) + "(:[^}]*)?}",
					java.util.regex.Matcher.quoteReplacement(org.springframework.web.util.UriUtils
						.encodePathSegment(e.getValue(), StandardCharsets.UTF_8)));
		}
		return uri.replaceAll("\\{[^}]+}", "1");
	}

	private Map<String, Long> rowCounts() {
		Map<String, Long> counts = new TreeMap<>();
		long hub = jdbc.sql("SELECT id FROM hub WHERE slug = 'kumamoto'").query(Long.class).single();
		List<String> tables = jdbc.sql("""
				SELECT table_name FROM information_schema.tables
				 WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'""").query(String.class).list();
		HubScope.runAs(hub, () -> tables.stream()
			.filter(t -> !INFRASTRUCTURE.contains(t))
			.forEach(t -> counts.put(t, jdbc.sql("SELECT count(*) FROM \"" + t + "\"").query(Long.class).single())));
		return counts;
	}

	private List<String> changedTables(Map<String, Long> before) {
		Map<String, Long> after = rowCounts();
		return after.entrySet()
			.stream()
			.filter(e -> !e.getValue().equals(before.get(e.getKey())))
			.map(e -> e.getKey() + ": " + before.get(e.getKey()) + " → " + e.getValue())
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object o) {
		return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
	}

	private static List<Object> list(Object o) {
		return o instanceof List<?> l ? new ArrayList<>(l) : List.of();
	}

	private static Map<String, Object> resolve(Map<String, Object> doc, Map<String, Object> schema) {
		Object ref = schema.get("$ref");
		if (ref instanceof String r && r.startsWith("#/components/schemas/")) {
			return map(
					map(map(doc.get("components")).get("schemas")).get(r.substring("#/components/schemas/".length())));
		}
		if (schema.get("type") == null && schema.get("allOf") instanceof List<?> all && !all.isEmpty()) {
			return resolve(doc, map(all.get(0)));
		}
		return schema;
	}

}
