package jp.kyoten.platform.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.HandlerMapping;

import jp.kyoten.platform.Roles;
import jp.kyoten.platform.time.HubTime;

/**
 * The one way a staff list leaves Kyoten as a file (docs/adr/242): every list's export
 * controller hands its columns and a way to stream its rows (the list's own conditions
 * and order, every matching row) to {@link #send}, which
 * <ol>
 * <li>refuses (403) whoever may not take personal data out ({@link Roles#EXPORTERS}:
 * clerks, the prefecture's officer, agency users, national viewers and the system admin
 * may not);</li>
 * <li>streams the rows from a database cursor ({@code fetchSize}) into the workbook or
 * CSV ({@link ListSheet}) in one read-only transaction, in which row-level security keeps
 * them to the user's hub;</li>
 * <li>writes labels for codes, dates and times in Tokyo (和暦 on request);</li>
 * <li>records the export in the audit log ({@link ExportLog}): the list, its filters, the
 * file and the rows written, also when the download broke off.</li>
 * </ol>
 * Memory stays flat however long the list: a window of rows in the workbook, one row in
 * the CSV, one fetch of rows from the database.
 */
@Component("listExports")
public class ListExports {

	/**
	 * The request parameters that shape the file, not the list: left out of the filters
	 * the audit log records.
	 */
	private static final Set<String> NOT_FILTERS = Set.of("page", "size", "charset", "era", "_csrf");

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

	private static final DateTimeFormatter ERA = DateTimeFormatter.ofPattern("GGGG", Locale.JAPAN)
		.withChronology(JapaneseChronology.INSTANCE);

	private final MessageSource messages;

	private final ExportLog log;

	private final TransactionTemplate reading;

	private final TransactionTemplate logging;

	private final Clock clock;

	ListExports(MessageSource messages, ExportLog log, PlatformTransactionManager transactions, Clock clock) {
		this.messages = messages;
		this.log = log;
		this.reading = new TransactionTemplate(transactions);
		reading.setReadOnly(true);
		this.logging = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Whether the signed-in user may export lists (the pages show the 「Excel」「CSV」 links
	 * only then).
	 */
	public boolean mayExport() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null) {
			return false;
		}
		for (GrantedAuthority authority : auth.getAuthorities()) {
			if (Roles.EXPORTING_ROLES.contains(authority.getAuthority())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * What every list's export controller does, in one place: the file its URL asks for —
	 * the {@code {extension}} of its path ({@code list.xlsx}, {@code list.csv}; another
	 * is 404), its {@code charset} and {@code era} parameters ({@link ExportRequest#of})
	 * — {@link #send sent} with the list's columns and rows. A controller keeps only its
	 * mapping, its filters and the query.
	 */
	public <T> void respond(ListColumns<T> list, HttpServletRequest request, HttpServletResponse response,
			Consumer<Consumer<T>> rows) {
		send(list, asked(request), request, response, rows);
	}

	/** The file the export URL asks for. */
	static ExportRequest asked(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String extension = variables instanceof Map<?, ?> m && m.get("extension") instanceof String e ? e : null;
		return ExportRequest.of(extension, request.getParameter("charset"), request.getParameter("era"));
	}

	/**
	 * Writes the list as the file asked for into the response and records it in the audit
	 * log.
	 * @param rows streams the list's rows, in its order, to the consumer it is given
	 * @throws AccessDeniedException for a user who may not export (whatever the
	 * controller's own rule)
	 */
	public <T> void send(ListColumns<T> list, ExportRequest asked, HttpServletRequest request,
			HttpServletResponse response, Consumer<Consumer<T>> rows) {
		if (!mayExport()) {
			throw new AccessDeniedException("list export: " + list.list());
		}
		Locale locale = LocaleContextHolder.getLocale();
		String title = (list.subject() == null ? "" : list.subject() + " ")
				+ messages.getMessage(list.titleKey(), null, locale);
		List<String> headings = list.columns()
			.stream()
			.map(c -> messages.getMessage(c.headingKey(), null, locale))
			.toList();
		response.setContentType(asked.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(title + "_" + STAMP.format(LocalDateTime.now(clock.withZone(HubTime.ZONE))) + "."
							+ asked.format().extension(), StandardCharsets.UTF_8)
					.build()
					.toString());
		// personal data: no copy in a browser's or a proxy's cache
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		long[] written = { 0 };
		boolean complete = false;
		try {
			reading.executeWithoutResult(status -> {
				try (ListSheet sheet = ListSheet.open(response.getOutputStream(), asked, title, headings)) {
					rows.accept(row -> {
						sheet.row(resolve(list.cells(row), asked, locale));
						written[0]++;
					});
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			complete = true;
		}
		finally {
			boolean done = complete;
			logging.executeWithoutResult(status -> log
				.exported(new ListExported(list.list(), title, asked.describe(), filters(request), written[0], done)));
		}
	}

	/** Labels, yes/no and times in Tokyo; dates as 和暦 text when asked. */
	private List<Object> resolve(List<Object> cells, ExportRequest asked, Locale locale) {
		List<Object> resolved = new ArrayList<>(cells.size());
		for (Object cell : cells) {
			resolved.add(switch (cell) {
				case null -> null;
				case Label label -> label(label, locale);
				case Boolean yes -> messages.getMessage(yes ? "export.yes" : "export.no", null, locale);
				case Instant instant -> time(LocalDateTime.ofInstant(instant, HubTime.ZONE), asked);
				case OffsetDateTime time -> time(time.atZoneSameInstant(HubTime.ZONE).toLocalDateTime(), asked);
				case ZonedDateTime time -> time(time.withZoneSameInstant(HubTime.ZONE).toLocalDateTime(), asked);
				case LocalDateTime time -> time(time, asked);
				case LocalDate date -> asked.japaneseEra() ? wareki(date) : date;
				case Enum<?> code -> throw new IllegalArgumentException("a list export writes labels, not codes: "
						+ code.getDeclaringClass().getSimpleName() + "." + code);
				default -> cell;
			});
		}
		return resolved;
	}

	private String label(Label label, Locale locale) {
		StringJoiner joined = new StringJoiner("、");
		for (String key : label.keys()) {
			joined.add(messages.getMessage(key, null, key, locale));
		}
		return joined.toString();
	}

	private static Object time(LocalDateTime time, ExportRequest asked) {
		return asked.japaneseEra() ? wareki(time.toLocalDate()) + " " + time.toLocalTime().withSecond(0).withNano(0)
				: time.withSecond(0).withNano(0);
	}

	/** 令和7年4月1日; the first year of an era is 元年 (令和元年5月1日), as officials write it. */
	static String wareki(LocalDate date) {
		JapaneseDate japanese = JapaneseDate.from(date);
		int year = japanese.get(ChronoField.YEAR_OF_ERA);
		return ERA.format(japanese) + (year == 1 ? "元" : String.valueOf(year)) + "年" + date.getMonthValue() + "月"
				+ date.getDayOfMonth() + "日";
	}

	/**
	 * The list's conditions and order as the request gave them:
	 * {@code channel=PHONE from=2026-04-01 sort=date}.
	 */
	static String filters(HttpServletRequest request) {
		StringJoiner filters = new StringJoiner(" ");
		request.getParameterMap().forEach((name, values) -> {
			if (!NOT_FILTERS.contains(name)) {
				for (String value : values) {
					if (value != null && !value.isBlank()) {
						filters.add(name + "=" + value.strip());
					}
				}
			}
		});
		return filters.toString();
	}

}
