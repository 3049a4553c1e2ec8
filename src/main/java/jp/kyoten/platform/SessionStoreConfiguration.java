package jp.kyoten.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL, so any node serves any request. Two requests of one session that add the same
 * attribute at once (the flash map of two redirects: a double-clicked "save", two tabs, two nodes) both INSERT it;
 * Spring Session's PostgreSQL customizer makes that an upsert, so that the later one wins instead of answering 500.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
