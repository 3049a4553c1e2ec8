package jp.kyoten.platform.web;

import java.util.List;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;

/** Wraps Spring's model-attribute resolvers in {@link UnboundFormRescue}. */
@Configuration(proxyBeanMethods = false)
class FormWebConfiguration {

	@Bean
	static BeanPostProcessor unboundFormRescue(BeanFactory beans) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
					adapter.setArgumentResolvers(List.copyOf(adapter.getArgumentResolvers()
						.stream()
						.map(r -> r instanceof ServletModelAttributeMethodProcessor ? new UnboundFormRescue(r,
								() -> beans.getBean("mvcConversionService", ConversionService.class)) : r)
						.toList()));
				}
				return bean;
			}

		};
	}

}
