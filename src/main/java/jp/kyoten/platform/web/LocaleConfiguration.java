package jp.kyoten.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Japanese first: messages live in {@code messages_ja.properties} (the default) and
 * {@code messages_en.properties}, one pair per module. English goes to browsers that ask
 * for it; everyone else, and any work outside a request, gets Japanese.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setSupportedLocales(List.of(Locale.JAPANESE, Locale.ENGLISH));
		resolver.setDefaultLocale(Locale.JAPANESE);
		return resolver;
	}

	@Bean
	MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames) {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		for (String basename : basenames) {
			source.addBasenames("classpath:" + basename.strip());
		}
		source.setDefaultEncoding(StandardCharsets.UTF_8.name());
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(Locale.JAPANESE);
		source.setCacheSeconds(-1);
		return source;
	}

}
