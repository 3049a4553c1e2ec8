package jp.kyoten;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message exists in Japanese and English, and no template hard-codes text a user
 * reads.
 */
class I18nTests {

	static final Path I18N = Path.of("src/main/resources/i18n");

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Text right after an opening tag, up to the next tag. */
	static final Pattern TEXT_AFTER_TAG = Pattern
		.compile("<([a-zA-Z][\\w:-]*)((?:\\s+[\\w:@.\\-]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'))?)*)\\s*>([^<>]+)");

	static final Pattern TEXT_ATTRIBUTE = Pattern
		.compile("\\s(placeholder|aria-label|title|alt|data-confirm)=\"([^\"]*\\p{L}[^\"]*)\"");

	/** Proper names that read the same in every language. */
	static final Set<String> ALLOWED_TEXT = Set.of("Kyoten", "拠点", "—");

	@Test
	void everyModuleHasTheSameKeysInJapaneseAndEnglish() throws IOException {
		try (Stream<Path> modules = Files.list(I18N)) {
			for (Path module : modules.toList()) {
				Properties ja = load(module.resolve("messages_ja.properties"));
				Properties en = load(module.resolve("messages_en.properties"));
				assertThat(en.stringPropertyNames()).as("English keys of %s", module.getFileName())
					.containsExactlyInAnyOrderElementsOf(ja.stringPropertyNames());
				ja.forEach((k, v) -> assertThat((String) v).as("%s in %s", k, module).isNotBlank());
			}
		}
	}

	/**
	 * A year is printed as digits: a bare {@code {0}年} formats 2026 as 「2,026年」, so every
	 * argument printed as a year (before 年 or 年度, in Japanese, and the same argument in
	 * English) is {@code {0,number,#}}.
	 */
	@Test
	void printsYearsWithoutThousandsSeparators() throws IOException {
		// an era's year (令和{1}年度) is small and may stay bare
		Pattern bareYear = Pattern.compile("(?<!令和|平成|昭和)\\{(\\d+)}年");
		List<String> grouped = new ArrayList<>();
		try (Stream<Path> modules = Files.list(I18N)) {
			for (Path module : modules.toList()) {
				Properties ja = load(module.resolve("messages_ja.properties"));
				Properties en = load(module.resolve("messages_en.properties"));
				for (String key : ja.stringPropertyNames()) {
					String text = ja.getProperty(key);
					Matcher bare = bareYear.matcher(text);
					while (bare.find()) {
						grouped.add(module.getFileName() + " ja " + key + "=" + text);
					}
					Matcher year = Pattern.compile("\\{(\\d+),number,#}年").matcher(text);
					while (year.find()) {
						String english = en.getProperty(key, "");
						if (english.contains("{" + year.group(1) + "}")) {
							grouped.add(module.getFileName() + " en " + key + "=" + english);
						}
					}
				}
			}
		}
		assertThat(grouped).isEmpty();
	}

	@Test
	void templatesTakeEveryVisibleTextFromTheMessageFiles() throws IOException {
		List<String> hardCoded = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				String html = Files.readString(file).replaceAll("(?s)<!--.*?-->", "");
				Matcher m = TEXT_AFTER_TAG.matcher(html);
				while (m.find()) {
					String attrs = m.group(2);
					String text = m.group(3).strip();
					boolean replaced = attrs.matches("(?s).*\\sth:(text|utext|replace|insert|errors)=.*");
					if (!replaced && text.codePoints().anyMatch(Character::isLetter) && !ALLOWED_TEXT.contains(text)) {
						hardCoded.add(TEMPLATES.relativize(file) + ": <" + m.group(1) + "> " + text);
					}
				}
				Matcher a = TEXT_ATTRIBUTE.matcher(html);
				while (a.find()) {
					if (!a.group(2).startsWith("${") && !a.group(2).startsWith("#{")) {
						hardCoded.add(TEMPLATES.relativize(file) + ": " + a.group(1) + "=\"" + a.group(2) + "\"");
					}
				}
			}
		}
		assertThat(hardCoded).as("hard-coded text in templates; use th:text=\"#{key}\"").isEmpty();
	}

	private static Properties load(Path file) throws IOException {
		assertThat(file).exists();
		Properties p = new Properties();
		try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			p.load(reader);
		}
		return p;
	}

	static Set<String> keys(Properties p) {
		return new TreeSet<>(p.stringPropertyNames());
	}

}
