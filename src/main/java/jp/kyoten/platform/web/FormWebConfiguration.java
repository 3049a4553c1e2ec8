package jp.kyoten.platform.web;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers {@link UnboundFormRescue} for every page. */
@Configuration(proxyBeanMethods = false)
class FormWebConfiguration implements WebMvcConfigurer {

	private final BeanFactory beans;

	FormWebConfiguration(BeanFactory beans) {
		this.beans = beans;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(
				new UnboundFormRescue(() -> beans.getBean("mvcConversionService", ConversionService.class)));
	}

}
