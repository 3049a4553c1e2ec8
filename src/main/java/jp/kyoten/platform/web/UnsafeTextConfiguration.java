package jp.kyoten.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Control characters are refused at the edge: in parameters by a filter, in JSON bodies
 * by the string reader.
 */
@Configuration(proxyBeanMethods = false)
class UnsafeTextConfiguration {

	/**
	 * After the security filters (-100), so that a stranger is still sent to sign in
	 * first; before the hub scope.
	 */
	static final int ORDER = -50;

	@Bean
	FilterRegistrationBean<UnsafeTextFilter> unsafeTextFilter(MessageSource messages, LocaleResolver locales) {
		FilterRegistrationBean<UnsafeTextFilter> registration = new FilterRegistrationBean<>(
				new UnsafeTextFilter(messages, locales));
		registration.setOrder(ORDER);
		return registration;
	}

	/**
	 * Every JSON string: a control character makes the body unreadable (400,
	 * problem+json) rather than a 500.
	 */
	@Bean
	JacksonModule controlCharacterFreeStrings() {
		return new SimpleModule("control-character-free-strings").addDeserializer(String.class, new SafeStrings());
	}

	static final class SafeStrings extends StdScalarDeserializer<String> {

		SafeStrings() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) {
			String value = StringDeserializer.instance.deserialize(p, ctxt);
			if (ControlCharacters.in(value)) {
				throw InvalidFormatException.from(p, "control character in a string", value, String.class);
			}
			return value;
		}

	}

}
