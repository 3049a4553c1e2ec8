package jp.kyoten.platform.tenancy;

import javax.sql.DataSource;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;

@Configuration(proxyBeanMethods = false)
class HubScopedDataSourceConfiguration {

	/**
	 * Wraps the application's data source so that every connection it hands out has the
	 * hub's scope set. With a read replica configured
	 * ({@code kyoten.datasource.replica.url}, ADR 244) the wrapped data source routes
	 * between the primary's pool and the replica's ({@link ReplicaRoutingDataSource}), so
	 * both pools' connections are scoped by the one wrapper.
	 */
	@Bean
	static BeanPostProcessor hubScopedDataSourceWrapper(Environment env,
			org.springframework.beans.factory.config.ConfigurableListableBeanFactory beans) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource ds && !(bean instanceof HubScopedDataSource)
						&& "dataSource".equals(beanName)) {
					return new HubScopedDataSource(ReadReplicaPool.routed(ds, env, beans));
				}
				return bean;
			}
		};
	}

	/**
	 * Runs a {@link ReadsReplica} read model's transactions on the replica's pool; before
	 * the transaction interceptor, so the choice is made before the transaction borrows
	 * its connection. Only when a replica is configured.
	 */
	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	@Conditional(ReadReplicaPool.Configured.class)
	static Advisor readsReplicaAdvisor() {
		Pointcut marked = new ComposablePointcut(new AnnotationMatchingPointcut(ReadsReplica.class, true))
			.union(AnnotationMatchingPointcut.forMethodAnnotation(ReadsReplica.class));
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(marked, (MethodInterceptor) ReplicaReads::around);
		advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
		return advisor;
	}

	/**
	 * The session store's connections: the same pool, without the hub scope. Its tables
	 * (SPRING_SESSION and its attributes) hold no hub's rows, and it is read before the
	 * user's hub is known and written after the request has left it, so scoping its
	 * connections would set the scope back and forth on every page. A connection it
	 * borrows keeps whatever scope it had, which {@link HubScopedDataSource} still knows
	 * exactly. Injected only where asked for by its qualifier: everything else gets the
	 * scoped data source.
	 */
	@Bean(defaultCandidate = false)
	@SpringSessionDataSource
	DataSource sessionDataSource(DataSource dataSource) {
		DataSource unscoped = dataSource instanceof HubScopedDataSource scoped ? scoped.unscoped() : dataSource;
		return new DelegatingDataSource(
				unscoped instanceof ReplicaRoutingDataSource routed ? routed.primary() : unscoped);
	}

}
