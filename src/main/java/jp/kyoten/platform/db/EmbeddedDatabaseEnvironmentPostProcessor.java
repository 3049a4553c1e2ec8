package jp.kyoten.platform.db;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With no database configured, Kyoten starts its own PostgreSQL before the application
 * context is built, and points the data source (as the restricted application role) and
 * Flyway (as the owner) at it. The same switch turns demo mode on: an external database
 * never receives demo users.
 */
public class EmbeddedDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String DATA_DIR = "kyoten.embedded-database.data-dir";

	static final String FRESH = "kyoten.embedded-database.fresh";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
		if (env.containsProperty("spring.datasource.url")) {
			return;
		}
		Path dir = Path.of(env.getProperty(DATA_DIR, "data/pgdata"));
		boolean fresh = env.getProperty(FRESH, Boolean.class, false);
		EmbeddedPostgres db = EmbeddedPostgres.start(dir, fresh);

		Map<String, Object> props = new HashMap<>();
		String url = "jdbc:postgresql://localhost:" + db.port() + "/postgres";
		props.put("spring.datasource.url", url);
		props.put("spring.datasource.username", EmbeddedPostgres.APP_ROLE);
		props.put("spring.datasource.password", db.appPassword());
		props.put("spring.flyway.url", url);
		props.put("spring.flyway.user", "postgres");
		props.put("spring.flyway.password", "postgres");
		props.put("spring.flyway.placeholders.appRole", EmbeddedPostgres.APP_ROLE);
		props.put("kyoten.embedded-database.active", "true");
		if (!env.containsProperty("kyoten.demo.enabled")) {
			props.put("kyoten.demo.enabled", "true");
		}
		env.getPropertySources().addLast(new MapPropertySource("kyotenEmbeddedDatabase", props));
		// Registered first, destroyed last: the server is released after every bean that
		// uses it is gone.
		application.addInitializers(context -> {
			db.acquire();
			((DefaultListableBeanFactory) context.getBeanFactory()).registerDisposableBean("embeddedPostgresRelease",
					db::release);
		});
	}

}
