package jp.kyoten.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory's Japanese and English messages stay in step, and its templates use only
 * keys that exist.
 */
class CompanyMessagesTests {

	private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	@Test
	void japaneseAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(keys("i18n/directory/messages_en.properties"))
			.isEqualTo(keys("i18n/directory/messages_ja.properties"));
	}

	@Test
	void everyKeyTheCompanyTemplatesUseExists() throws IOException {
		Set<String> known = new HashSet<>(keys("i18n/directory/messages_ja.properties"));
		known.addAll(keys("i18n/platform/messages_ja.properties"));
		// the company page links to other capabilities (record a consultation, plan a
		// visit, record a hire by another
		// route) with their labels
		known.addAll(keys("i18n/activity/messages_ja.properties"));
		known.addAll(keys("i18n/matching/messages_ja.properties"));
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/companies"))) {
			for (Path template : templates.toList()) {
				Matcher m = KEY.matcher(Files.readString(template));
				while (m.find()) {
					if (!known.contains(m.group(1))) {
						missing.add(template.getFileName() + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyEnumHasALabel() throws IOException {
		Set<String> known = keys("i18n/directory/messages_ja.properties");
		for (Industry i : Industry.values()) {
			assertThat(known).contains(i.labelKey());
		}
		for (SizeBand b : SizeBand.values()) {
			assertThat(known).contains(b.labelKey());
		}
		for (LegalForm f : LegalForm.values()) {
			assertThat(known).contains(f.labelKey());
		}
		for (CompanySearch.Status s : CompanySearch.Status.values()) {
			assertThat(known).contains("companies.search.status." + s);
		}
	}

	private static Set<String> keys(String resource) throws IOException {
		Properties p = new Properties();
		try (InputStream in = CompanyMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p.stringPropertyNames();
	}

}
