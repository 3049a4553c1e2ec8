package jp.kyoten;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;

import jp.kyoten.identity.WebSliceSecurity;
import jp.kyoten.platform.web.WebSliceSupport;

/**
 * A web slice (STYLE.md's first test layer: status, view, field errors, headers): the
 * named controllers with the application's security, locale, messages, error handling and
 * templates, and no database. The controller's use cases and read models are
 * {@code @MockitoBean}s of the test class; the lists' export links ({@link ListExports})
 * are mocked here (none offered), the layout's hub in {@link WebSliceSecurity}.
 * <p>
 * No database: {@code spring.datasource.url} is set, so the embedded PostgreSQL
 * (EmbeddedDatabaseEnvironmentPostProcessor) is not started; a slice has no data source
 * to use it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@Import({ WebSliceSecurity.class, WebSliceSupport.class })
@TestPropertySource(properties = "spring.datasource.url=jdbc:postgresql://localhost:1/no-database-in-a-web-slice")
public @interface WebSliceTest {

	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

}
