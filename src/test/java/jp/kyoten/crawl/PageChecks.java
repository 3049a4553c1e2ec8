package jp.kyoten.crawl;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What a Japanese page of Kyoten must not show: the UI's own English (the English values
 * of its message keys), a raw code where the messages have a label for it, or a time
 * printed in UTC.
 */
final class PageChecks {

	/**
	 * English that legitimately stands on a Japanese page: brand, file formats, acronyms
	 * and the few words Japanese offices write in Latin letters themselves.
	 */
	static final Set<String> ALLOWED_ENGLISH = Set.of("Kyoten", "CSV", "PDF", "xlsx", "Excel", "API", "Web", "DX",
			"CxO", "UIJ", "URL", "ID", "OK", "Email", "E-mail", "iCalendar", "Outlook", "Google", "QR", "JSON", "CN",
			"SMTP", "Markdown", "HTML", "PNG", "JPEG", "Bearer", "UTF-8", "Shift_JIS", "BOM", "KPI", "TEL", "FAX",
			"JLPT", "FY", "SME", "METI", "OpenAPI");

	/**
	 * Codes that are also ordinary text (file formats, acronyms) and so may stand on a
	 * page.
	 */
	static final Set<String> ALLOWED_CODES = Set.of("CSV", "PDF", "XLSX", "JSON", "EMAIL", "HTML", "DX", "API");

	private static final Pattern DATE_TIME = Pattern
		.compile("(\\d{4})[-/年](\\d{1,2})[-/月](\\d{1,2})日?(?:\\s*\\([^)]{1,3}\\))?\\s*(\\d{1,2}):(\\d{2})");

	private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}|\\bUTC\\b|\\+00:00");

	private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|\\b[A-Z]{4,}\\b");

	private final List<Pattern> english;

	private final Map<Pattern, String> englishSource;

	private final Set<String> codes;

	private final LocalDateTime utcFrom;

	PageChecks(LocalDateTime utcFrom) {
		this.utcFrom = utcFrom;
		Map<String, String> en = load("classpath*:i18n/*/messages_en.properties");
		Map<String, String> ja = load("classpath*:i18n/*/messages_ja.properties");
		this.englishSource = new HashMap<>();
		this.english = new ArrayList<>();
		Set<String> phrases = new TreeSet<>();
		for (var e : en.entrySet()) {
			String japanese = ja.getOrDefault(e.getKey(), "");
			for (String fragment : e.getValue().split("\\{[^}]*\\}|[:()（）「」『』\"“”]")) {
				String phrase = fragment.strip().replaceAll("[.。,、!?…]+$", "").strip();
				if (isEnglishUiText(phrase) && !japanese.contains(phrase)) {
					if (phrases.add(phrase)) {
						Pattern p = Pattern.compile("(?<![A-Za-z])" + Pattern.quote(phrase) + "(?![A-Za-z])");
						english.add(p);
						englishSource.put(p, e.getKey());
					}
				}
			}
		}
		this.codes = new TreeSet<>();
		for (String key : ja.keySet()) {
			String last = key.substring(key.lastIndexOf('.') + 1);
			if (last.matches("[A-Z][A-Z0-9_]{3,}") && !ALLOWED_CODES.contains(last)) {
				codes.add(last);
			}
		}
	}

	/**
	 * A phrase of two or more words, or one capitalised word of four or more letters,
	 * that is not allowed.
	 */
	private static boolean isEnglishUiText(String phrase) {
		if (!phrase.matches("[A-Za-z][A-Za-z '’/&-]*[A-Za-z]") || ALLOWED_ENGLISH.contains(phrase)) {
			return false;
		}
		String[] words = phrase.split("\\s+");
		if (words.length >= 2) {
			return true;
		}
		return phrase.length() >= 4 && Character.isUpperCase(phrase.charAt(0)) && !phrase.equals(phrase.toUpperCase());
	}

	/** Everything wrong with the visible text of one Japanese page. */
	List<String> problems(String visibleText, LocalDateTime utcUntil) {
		List<String> found = new ArrayList<>();
		for (Pattern p : english) {
			Matcher m = p.matcher(visibleText);
			if (m.find()) {
				found.add("English UI text 「" + m.group() + "」 (" + englishSource.get(p) + ") near 「"
						+ around(visibleText, m.start()) + "」");
			}
		}
		Matcher code = CODE.matcher(visibleText);
		while (code.find()) {
			if (codes.contains(code.group())) {
				found.add("raw code " + code.group() + " near 「" + around(visibleText, code.start()) + "」");
			}
		}
		Matcher iso = ISO_INSTANT.matcher(visibleText);
		if (iso.find()) {
			found.add("machine or UTC time 「" + iso.group() + "」 near 「" + around(visibleText, iso.start()) + "」");
		}
		Matcher dt = DATE_TIME.matcher(visibleText);
		while (dt.find()) {
			LocalDateTime shown = parse(dt);
			// a time of this run printed in UTC lies in the run's UTC window, nine hours
			// before its Tokyo time
			if (shown != null && !shown.isBefore(utcFrom.truncatedTo(ChronoUnit.MINUTES)) && !shown.isAfter(utcUntil)) {
				found.add("time in UTC 「" + dt.group() + "」 near 「" + around(visibleText, dt.start()) + "」");
			}
		}
		return found;
	}

	private static LocalDateTime parse(Matcher m) {
		try {
			return LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
		}
		catch (java.time.DateTimeException | NumberFormatException ex) {
			return null;
		}
	}

	static LocalDateTime utcNow() {
		return LocalDateTime.now(ZoneOffset.UTC);
	}

	int englishPhrases() {
		return english.size();
	}

	int labelledCodes() {
		return codes.size();
	}

	private static String around(String text, int at) {
		return text.substring(Math.max(0, at - 25), Math.min(text.length(), at + 35)).replace('\n', ' ');
	}

	private static Map<String, String> load(String pattern) {
		Map<String, String> all = new TreeMap<>();
		try {
			for (Resource r : new PathMatchingResourcePatternResolver().getResources(pattern)) {
				Properties p = new Properties();
				try (var in = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
					p.load(in);
				}
				p.forEach((k, v) -> all.put((String) k, (String) v));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalStateException(ex);
		}
		return all;
	}

}
