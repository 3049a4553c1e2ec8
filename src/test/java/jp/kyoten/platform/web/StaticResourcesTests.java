package jp.kyoten.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.AbstractFilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.boot.web.servlet.ServletContextInitializerBeans;
import org.springframework.core.io.Resource;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a page costs beyond its own work: every link a template writes passes through the
 * static-resource URL encoding, and every request through the session filter. These tests
 * fail when a dynamic link reaches the resource chain (a class-path lookup per link in
 * the packaged jar) or a static file's request reaches the JDBC session store.
 */
@KyotenSpringTest
class StaticResourcesTests {

	private static final Pattern LINK = Pattern.compile("(?:href|src|action)=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	@Autowired
	ResourceUrlProvider resourceUrls;

	@Autowired
	WebApplicationContext context;

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Value("${spring.mvc.publish-request-handled-events:true}")
	boolean publishRequestHandledEvents;

	@Test
	void rendersAListPageWithoutLookingUpAnyOfItsDynamicLinksAsAResource() throws Exception {
		assertThat(resourceUrls.getHandlerMap()).doesNotContainKey("/**");
		for (String page : List.of("/companies", "/consultations", "/needs", "/dashboard", "/")) {
			List<Lookup> lookups = new CopyOnWriteArrayList<>();
			String html = withLookupsRecorded(lookups,
					() -> mvc.perform(get(page).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
						.andExpect(status().isOk())
						.andReturn()
						.getResponse()
						.getContentAsString());
			List<String> links = links(html);
			assertThat(links).as("links on %s", page).hasSizeGreaterThan(30);
			assertThat(lookups).as("resource lookups while rendering %s", page)
				.isNotEmpty()
				.allSatisfy(lookup -> assertThat(lookup.resolved()).as(lookup.path()).isNotNull());
			assertThat(links).filteredOn(link -> link.startsWith("/css/"))
				.isNotEmpty()
				.allMatch(link -> link.matches("/css/[a-z-]+-[0-9a-f]{32}\\.css"));
		}
	}

	@Test
	void servesAStaticFileToASignedInBrowserWithoutTouchingTheSessionStore() throws Exception {
		CountingSessionRepository counting = new CountingSessionRepository(sessions);
		MockMvc withCountedSessions = mockMvcWithSessionsIn(counting);
		Cookie session = withCountedSessions
			.perform(formLogin().user(DemoLogins.KUMAMOTO_COORDINATOR).password(DemoLogins.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();

		counting.calls.set(0);
		counting.callers.clear();
		withCountedSessions.perform(get("/css/kyoten.css").cookie(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"))
			.andExpect(header().exists("Content-Security-Policy"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		withCountedSessions.perform(get("/webjars/htmx.org/dist/htmx.min.js").cookie(session))
			.andExpect(status().isOk());
		assertThat(counting.callers).as("session store calls for static files").isEmpty();

		// the same probe sees the session a page does use, so the zero above is not a
		// blind spot
		withCountedSessions.perform(get("/consultations").cookie(session)).andExpect(status().isOk());
		assertThat(counting.calls.get()).isPositive();
	}

	private String withLookupsRecorded(List<Lookup> lookups, ThrowingSupplier<String> render) throws Exception {
		List<ResourceHttpRequestHandler> handlers = new ArrayList<>(resourceUrls.getHandlerMap().values());
		List<ResourceResolver> recorders = new ArrayList<>();
		for (ResourceHttpRequestHandler handler : handlers) {
			ResourceResolver recorder = new RecordingResolver(lookups);
			recorders.add(recorder);
			handler.getResourceResolvers().addFirst(recorder);
		}
		try {
			return render.get();
		}
		finally {
			for (int i = 0; i < handlers.size(); i++) {
				handlers.get(i).getResourceResolvers().remove(recorders.get(i));
			}
		}
	}

	/**
	 * The application's own servlet filters, in their order, with the session filter
	 * reading from the given store.
	 */
	private MockMvc mockMvcWithSessionsIn(SessionRepository<Session> repository) {
		List<String> sessionFilterNames = List.of(context.getBeanNamesForType(SessionRepositoryFilter.class));
		List<Filter> filters = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (ServletContextInitializer initializer : new ServletContextInitializerBeans(context)) {
			if (initializer instanceof AbstractFilterRegistrationBean<?> registration) {
				names.add(registration.getFilterName());
				boolean session = registration.getFilter() instanceof SessionRepositoryFilter<?>
						|| sessionFilterNames.contains(registration.getFilterName());
				filters.add(session ? new SessionRepositoryFilter<>(repository) : registration.getFilter());
			}
		}
		assertThat(filters).as("filters %s", names).hasAtLeastOneElementOfType(SessionRepositoryFilter.class);
		return MockMvcBuilders.webAppContextSetup(context)
			.addFilters(filters.toArray(Filter[]::new))
			.addDispatcherServletCustomizer(servlet -> servlet.setPublishEvents(publishRequestHandledEvents))
			.build();
	}

	private static List<String> links(String html) {
		List<String> links = new ArrayList<>();
		Matcher m = LINK.matcher(html);
		while (m.find()) {
			links.add(m.group(1));
		}
		return links;
	}

	interface ThrowingSupplier<T> {

		T get() throws Exception;

	}

	/**
	 * A URL the resource chain was asked to encode, and what it found: {@code null} when
	 * no static file has it.
	 */
	record Lookup(String path, String resolved) {
	}

	/**
	 * Sits first in a resource handler's chain and notes every URL the chain is asked to
	 * encode.
	 */
	private record RecordingResolver(List<Lookup> lookups) implements ResourceResolver {

		@Override
		public Resource resolveResource(HttpServletRequest request, String requestPath,
				List<? extends Resource> locations, ResourceResolverChain chain) {
			return chain.resolveResource(request, requestPath, locations);
		}

		@Override
		public String resolveUrlPath(String resourcePath, List<? extends Resource> locations,
				ResourceResolverChain chain) {
			String resolved = chain.resolveUrlPath(resourcePath, locations);
			lookups.add(new Lookup(resourcePath, resolved));
			return resolved;
		}

	}

	/** The real JDBC session store, counting every call a request makes to it. */
	private static final class CountingSessionRepository implements SessionRepository<Session> {

		final AtomicInteger calls = new AtomicInteger();

		/**
		 * Who called, so that a failure names the filter or component that reached for
		 * the session.
		 */
		final List<String> callers = new CopyOnWriteArrayList<>();

		private final SessionRepository<Session> target;

		@SuppressWarnings("unchecked")
		CountingSessionRepository(SessionRepository<? extends Session> target) {
			this.target = (SessionRepository<Session>) target;
		}

		private void called() {
			calls.incrementAndGet();
			callers.add(StackWalker.getInstance()
				.walk(frames -> frames.skip(2)
					.map(f -> f.getClassName() + "." + f.getMethodName())
					.filter(name -> !name.startsWith("org.springframework.session"))
					.limit(6)
					.toList())
				.toString());
		}

		@Override
		public Session createSession() {
			called();
			return target.createSession();
		}

		@Override
		public void save(Session session) {
			called();
			target.save(session);
		}

		@Override
		public Session findById(String id) {
			called();
			return target.findById(id);
		}

		@Override
		public void deleteById(String id) {
			called();
			target.deleteById(id);
		}

	}

}
