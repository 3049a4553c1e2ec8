package jp.kyoten.platform.tenancy;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;

@Configuration(proxyBeanMethods = false)
class HubScopedDataSourceConfiguration {

	@Bean
	static BeanPostProcessor hubScopedDataSourceWrapper() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource ds && !(bean instanceof HubScopedDataSource)
						&& "dataSource".equals(beanName)) {
					return new HubScopedDataSource(ds);
				}
				return bean;
			}
		};
	}

	/**
	 * The session store's connections: the same pool, without the hub scope. Its tables (SPRING_SESSION and its
	 * attributes) hold no hub's rows, and it is read before the user's hub is known and written after the request
	 * has left it, so scoping its connections would set the scope back and forth on every page. A connection it
	 * borrows keeps whatever scope it had, which {@link HubScopedDataSource} still knows exactly. Injected only where
	 * asked for by its qualifier: everything else gets the scoped data source.
	 */
	@Bean(defaultCandidate = false)
	@SpringSessionDataSource
	DataSource sessionDataSource(DataSource dataSource) {
		return new DelegatingDataSource(
				dataSource instanceof HubScopedDataSource scoped ? scoped.unscoped() : dataSource);
	}

}
