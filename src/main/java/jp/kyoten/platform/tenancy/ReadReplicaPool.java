package jp.kyoten.platform.tenancy;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The read replica's pool (ADR 244), made when {@code kyoten.datasource.replica.url} (env
 * {@code KYOTEN_DB_REPLICA_URL}) names one: a PostgreSQL streaming replica of the
 * primary, so the same roles and the same application user and password
 * ({@code spring.datasource.username/password}). Its connections are read-only even
 * outside a transaction ({@code readOnlyMode=always}) and say
 * {@code application_name=kyoten-replica} in {@code pg_stat_activity}. No URL: the
 * primary's data source as it is.
 */
final class ReadReplicaPool {

	static final String URL = "kyoten.datasource.replica.url";

	static final String POOL_SIZE = "kyoten.datasource.replica.pool-size";

	static final String NAME = "kyoten-replica";

	private static final Logger log = LoggerFactory.getLogger(ReadReplicaPool.class);

	private ReadReplicaPool() {
	}

	static DataSource routed(DataSource primary, Environment env, ConfigurableListableBeanFactory beans) {
		String url = env.getProperty(URL);
		if (!StringUtils.hasText(url)) {
			return primary;
		}
		HikariConfig config = new HikariConfig();
		config.setPoolName(NAME);
		config.setJdbcUrl(url);
		if (primary instanceof HikariDataSource hikari) {
			config.setUsername(hikari.getUsername());
			config.setPassword(hikari.getPassword());
		}
		else {
			config.setUsername(env.getProperty("spring.datasource.username"));
			config.setPassword(env.getProperty("spring.datasource.password"));
		}
		config.setMaximumPoolSize(env.getProperty(POOL_SIZE, Integer.class, 10));
		config.setReadOnly(true);
		config.addDataSourceProperty("readOnlyMode", "always");
		config.addDataSourceProperty("ApplicationName", NAME);
		HikariDataSource replica = new HikariDataSource(config);
		if (beans instanceof DefaultListableBeanFactory registry) {
			registry.registerDisposableBean("kyotenReplicaPool", replica::close);
		}
		log.info("National and report reads go to the read replica {}", url.replaceAll("//[^/@]*@", "//"));
		return new ReplicaRoutingDataSource(primary, replica);
	}

	/** A replica is configured. */
	static final class Configured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return StringUtils.hasText(context.getEnvironment().getProperty(URL));
		}

	}

}
