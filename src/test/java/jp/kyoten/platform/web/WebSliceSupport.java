package jp.kyoten.platform.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.PropertySourcesPlaceholderConfigurer;

import jp.kyoten.platform.export.ListExports;

/**
 * The platform's web configuration that a {@code @WebMvcTest} slice does not pick up on
 * its own (configuration classes, not MVC components): Japanese as the default locale and
 * the modules' message bundles, the rescue of unbound form fields, the control character
 * filter and JSON reader, and the one place a business-rule refusal becomes a message
 * ({@link Feedback}). The advice, filters and resource handlers of the package are MVC
 * components and come in with the slice.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ LocaleConfiguration.class, FormWebConfiguration.class, UnsafeTextConfiguration.class, Feedback.class })
public class WebSliceSupport {

	/**
	 * The lists' export links ask it whether to show themselves ({@code @listExports} in
	 * fragments/lists): a mock, so they are not shown.
	 */
	@Bean("listExports")
	ListExports listExports() {
		return org.mockito.Mockito.mock(ListExports.class);
	}

	@Bean
	static PropertySourcesPlaceholderConfigurer placeholders() {
		return new PropertySourcesPlaceholderConfigurer();
	}

}
