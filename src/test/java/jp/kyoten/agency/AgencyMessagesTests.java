package jp.kyoten.agency;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import jp.kyoten.platform.work.JobCategory;
import jp.kyoten.platform.work.EmploymentForm;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Japanese and English agency messages carry the same keys, and every code has a
 * label.
 */
class AgencyMessagesTests {

	@Test
	void japaneseAndEnglishAgencyMessagesHaveTheSameKeys() throws IOException {
		assertThat(load("agency", "en").keySet()).isEqualTo(load("agency", "ja").keySet());
	}

	@Test
	void everyAgencyCodeHasAJapaneseLabel() throws IOException {
		Properties ja = load("agency", "ja");
		for (EmploymentForm f : EmploymentForm.values()) {
			assertThat(ja).containsKey("employmentForm." + f);
		}
		for (JobCategory c : JobCategory.values()) {
			assertThat(ja).containsKey("jobCategory." + c);
		}
		for (AgencyStatus s : AgencyStatus.values()) {
			assertThat(ja).containsKey("agencyStatus." + s);
		}
		for (AgencyTransition t : AgencyTransition.values()) {
			assertThat(ja).containsKey("agencyTransition." + t);
		}
		for (String i : Industries.CODES) {
			assertThat(ja).containsKey("agency.industry." + i);
		}
		assertThat(ja.getProperty("employmentForm.SIDE_JOB")).isEqualTo("副業・兼業");
		assertThat(ja.getProperty("jobCategory.IT_ENGINEER")).isEqualTo("システムエンジニア・ITエンジニア");
	}

	static Properties load(String module, String language) throws IOException {
		Properties properties = new Properties();
		String path = "/i18n/" + module + "/messages_" + language + ".properties";
		try (var in = AgencyMessagesTests.class.getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
