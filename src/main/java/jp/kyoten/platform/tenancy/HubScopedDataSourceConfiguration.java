package jp.kyoten.platform.tenancy;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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

}
