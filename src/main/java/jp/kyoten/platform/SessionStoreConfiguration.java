package jp.kyoten.platform;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions live in PostgreSQL, so any node serves any request. Two requests of one
 * session that add the same attribute at once (the flash map of two redirects: a
 * double-clicked "save", two tabs, two nodes) both INSERT it; Spring Session's PostgreSQL
 * customizer makes that an upsert, so that the later one wins instead of answering 500.
 * <p>
 * A page request meets the store through {@link SparingSessionRepository}: one read, no
 * write unless the session changed. The store borrows its connections without a hub scope
 * (its tables hold no hub's rows) and runs its single statements outside a transaction; a
 * write is one transaction of its own.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/**
	 * The signed-in user's authentication deserialized once per node, not on every
	 * request ({@link SignedInAuthentications}).
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> signedInAuthenticationsOncePerNode() {
		return store -> store
			.setConversionService(new SignedInAuthentications(SessionStoreConfiguration.class.getClassLoader()));
	}

	/**
	 * What Spring Session wraps each of its operations in: nothing;
	 * {@link SparingSessionRepository} opens the writes'.
	 */
	@Bean(defaultCandidate = false)
	TransactionOperations springSessionTransactionOperations() {
		return TransactionOperations.withoutTransaction();
	}

	/**
	 * Opens each request's memory of the sessions it read, around Spring Session's
	 * filter.
	 */
	@Bean
	FilterRegistrationBean<Filter> sessionReadOncePerRequest() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response,
				chain) -> SparingSessionRepository.duringRequest(() -> chain.doFilter(request, response)));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	@Bean
	static BeanPostProcessor sparingSessionRepository(@SpringSessionDataSource ObjectProvider<DataSource> sessionData) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcIndexedSessionRepository store) {
					DataSourceTransactionManager writes = new DataSourceTransactionManager(sessionData.getObject());
					return new SparingSessionRepository(store, new TransactionTemplate(writes));
				}
				return bean;
			}
		};
	}

}
