package jp.kyoten;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on the embedded PostgreSQL with the demo hubs and users. Every
 * test class that uses this one annotation shares one Spring context and one database, so
 * the suite starts the database once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import({ DemoLogins.class, TestCompanies.class })
public @interface KyotenSpringTest {

}
