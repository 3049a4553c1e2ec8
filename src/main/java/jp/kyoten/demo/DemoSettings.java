package jp.kyoten.demo;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo mode is on when Kyoten runs on its embedded database with no configuration.
 *
 * @param enabled whether to create the demo hubs, users and companies on first start
 * @param password the demo users' password (KYOTEN_DEMO_PASSWORD); generated when blank
 * @param passwordFile where a generated password is kept, so that later starts can print
 * it again
 * @param companiesPerHub how many demo companies each demo hub gets
 */
@ConfigurationProperties("kyoten.demo")
public record DemoSettings(@DefaultValue("false") boolean enabled, String password,
		@DefaultValue("data/demo-password.txt") Path passwordFile, @DefaultValue("300") int companiesPerHub) {
}
