package jp.kyoten.platform.web;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Static files are served under their own paths only, never at {@code /**} (Spring Boot's
 * default, turned off with {@code spring.web.resources.add-mappings=false}). Every link a
 * template writes passes through the resource URL encoding; with a handler at {@code /**}
 * each dynamic link ({@code /consultations/42}) was looked up on the class path, which
 * inside the packaged jar cost more than rendering the page. Under these paths a dynamic
 * link matches no handler, and a static one gets its content hash in the file name,
 * computed once and cached, so the browser may keep it for a year and still gets the new
 * file after an upgrade.
 */
@Configuration(proxyBeanMethods = false)
public class StaticResources implements WebMvcConfigurer {

	/**
	 * Every path a static file is served under: the security configuration keeps these
	 * off the session.
	 */
	public static final String[] PATHS = { "/css/**", "/js/**", "/img/**", "/webjars/**" };

	private static final CacheControl A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : new String[] { "css", "js", "img" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(A_YEAR)
				.resourceChain(true)
				.addResolver(contentHashed());
		}
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(A_YEAR)
			.resourceChain(true)
			.addResolver(contentHashed())
			.addResolver(new LiteWebJarsResourceResolver());
	}

	/**
	 * Spring MVC looks for flash attributes in the session on every request it
	 * dispatches; a static file has none, and the look-up would read the session from the
	 * database.
	 */
	@Bean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
	FlashMapManager flashMapManager() {
		return new SessionFlashMapManager() {

			@Override
			protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
				return isStaticFile(request) ? null : super.retrieveFlashMaps(request);
			}

		};
	}

	static boolean isStaticFile(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (String pattern : PATHS) {
			if (path.startsWith(pattern.substring(0, pattern.length() - 2))) {
				return true;
			}
		}
		return false;
	}

	private static VersionResourceResolver contentHashed() {
		return new VersionResourceResolver().addContentVersionStrategy("/**");
	}

}
