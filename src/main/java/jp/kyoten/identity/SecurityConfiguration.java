package jp.kyoten.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagerFactories.AdditionalRequiredFactorsBuilder;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;

import jp.kyoten.platform.web.StaticResources;

/**
 * Three chains: static files, the stateless API, the pages. Two-factor sign-in is Spring
 * Security's multi-factor support: {@code @EnableMultiFactorAuthentication} makes every
 * rule built from the authorization factory ({@code
 * authenticated()}, {@code hasRole(..)}) require the TOTP factor of those whose sign-in
 * needs one ({@link SecondFactorRequirement}), and makes each sign-in filter add its
 * factor to the factors already proved.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableMultiFactorAuthentication(authorities = SecondFactorRequirement.TOTP_AUTHORITY)
class SecurityConfiguration {

	/**
	 * No inline script or style anywhere: every script is a file under /js or a WebJar.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * Agency users work only in the agency portal, on the hand-off and placement API,
	 * their profile and sign-out: every other page and API call is refused to them,
	 * whatever its own checks say.
	 */
	static final String[] EVERY_ROLE_BUT_AGENCY = Arrays.stream(Role.values())
		.filter(r -> r != Role.AGENCY_USER)
		.map(Role::name)
		.toArray(String[]::new);

	/**
	 * Where a password alone is enough: the second factor's own pages, and signing out.
	 */
	static final String[] PASSWORD_ENOUGH = { SecondFactorAuthenticationFilter.PATH,
			SecondFactorAuthenticationFilter.PATH + "/**", "/logout" };

	static final String UNAUTHORIZED_DETAIL = "認証が必要です。メールアドレスとパスワード、または API トークンをお確かめください。"
			+ "続けて5回失敗するとアカウントは15分間ロックされます。";

	@Bean
	static Customizer<AdditionalRequiredFactorsBuilder<Object>> secondFactorOnlyWhereRequired() {
		return SecondFactorRequirement.onlyWhereRequired();
	}

	/**
	 * Spring Security wraps each of a chain's filters, and each authorization decision,
	 * in a Micrometer observation when an observation registry exists (Actuator's).
	 * Nothing records or exposes them (only the health endpoint is exposed, no tracer is
	 * configured), yet the wrappers were half the stack of every signed-in page in the
	 * issue 22 profile. Sign-ins are still observed: they are rare and are what an
	 * operator would want to trace.
	 */
	@Bean
	static SecurityObservationSettings requestsNotObservedFilterByFilter() {
		return SecurityObservationSettings.withDefaults()
			.shouldObserveRequests(false)
			.shouldObserveAuthorizations(false)
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * A request the firewall refuses (a NUL or an encoded slash in the path, a malformed
	 * method): 400, as problem+json under {@code /api}, the "bad request" page elsewhere.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (req, res, ex) -> {
			if (req.getRequestURI().startsWith(req.getContextPath() + "/api/")) {
				writeProblem(res, HttpStatus.BAD_REQUEST, "リクエストの形式が正しくありません。");
			}
			else {
				res.sendError(HttpStatus.BAD_REQUEST.value());
			}
		};
	}

	/**
	 * Static files need no user, so their requests neither read nor write the session (a
	 * JDBC round trip, then a write of its last access time): no security context is
	 * loaded or saved, no anonymous user is made, no request is cached, no CSRF token is
	 * made (the resource handlers answer GET and HEAD only). They get the pages' security
	 * headers; their caching is the resource handlers' (a year, content-hashed names:
	 * {@link StaticResources}).
	 */
	@Bean
	@Order(0)
	SecurityFilterChain staticFiles(HttpSecurity http) throws Exception {
		http.securityMatcher(StaticResources.PATHS)
			.authorizeHttpRequests(a -> a.anyRequest().permitAll())
			.securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(r -> r.requestCache(new NullRequestCache()))
			// each of these asks for the session id, which is a session lookup: the
			// anonymous token's details and
			// the check for an expired session
			.anonymous(a -> a.disable())
			.sessionManagement(s -> s.disable())
			.csrf(c -> c.disable())
			.headers(h -> pageHeaders(h).cacheControl(c -> c.disable()));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, UserAccountRepository accounts) throws Exception {
		AuthenticationEntryPoint entryPoint = SecurityConfiguration::problemUnauthorized;
		http.securityMatcher("/api/**")
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Stateless: no cookie authenticates an API call, so there is nothing for a
			// forged request to ride on.
			.csrf(c -> c.disable())
			.httpBasic(b -> b.authenticationEntryPoint(entryPoint).realmName("Kyoten"))
			.addFilterBefore(new ApiTokenAuthenticationFilter(tokens, accounts, entryPoint),
					BasicAuthenticationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(problemForbidden()))
			.authorizeHttpRequests(a -> a
				.requestMatchers("/api/v1/handoffs", "/api/v1/handoffs/**", "/api/v1/placements",
						"/api/v1/placements/**", "/api/v1/me")
				.authenticated()
				.requestMatchers("/api/v1/national", "/api/v1/national/**")
				.hasAnyRole(Role.NATIONAL_VIEWER.name(), Role.PREFECTURE_OFFICER.name())
				.requestMatchers("/api/v1/admin/**")
				.hasRole(Role.SYSTEM_ADMIN.name())
				.anyRequest()
				.hasAnyRole(EVERY_ROLE_BUT_AGENCY))
			.headers(h -> h
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, JdbcClient jdbc, SignInFilters signIn, PasskeySettings passkeys)
			throws Exception {
		// the absolute session timeout, and the second factor after the password
		http.addFilterAfter(signIn.lifetime(), SecurityContextHolderFilter.class)
			.addFilterAfter(signIn.secondFactor(), UsernamePasswordAuthenticationFilter.class);
		http.addFilterBefore(new SessionAccessFilter(jdbc), AuthorizationFilter.class)
			.authorizeHttpRequests(a -> a
				.requestMatchers("/login", "/favicon.ico", "/error", "/actuator/health", "/v3/api-docs",
						"/v3/api-docs/**", "/p/**")
				.permitAll()
				.requestMatchers(PASSWORD_ENOUGH)
				.access(AuthenticatedAuthorizationManager.authenticated())
				// a passkey is removed on the profile (audited), not by Spring Security's
				// DELETE
				.requestMatchers(HttpMethod.DELETE, "/webauthn/register/**")
				.denyAll()
				// registering a passkey needs the whole sign-in: a password alone must
				// not add a way in
				.requestMatchers("/webauthn/register")
				.authenticated()
				.requestMatchers("/admin/**")
				.hasRole("SYSTEM_ADMIN")
				.requestMatchers("/accounts/**")
				.hasRole("HUB_MANAGER")
				.requestMatchers("/audit/**")
				.hasAnyRole("HUB_MANAGER", "SYSTEM_ADMIN", "PREFECTURE_OFFICER")
				.requestMatchers("/agency-portal", "/agency-portal/**")
				.hasRole(Role.AGENCY_USER.name())
				.requestMatchers("/", "/profile", "/profile/**")
				.authenticated()
				// the national view: the bodies above the hubs, and a prefecture's
				// officers; never a hub's staff
				.requestMatchers("/national", "/national/**")
				.hasAnyRole(Role.NATIONAL_VIEWER.name(), Role.PREFECTURE_OFFICER.name())
				.anyRequest()
				.hasAnyRole(EVERY_ROLE_BUT_AGENCY))
			// a missing second factor: to its page (which enrols one first if there is
			// none), then back here
			// (an htmx request is answered with HX-Redirect instead: SignInPages)
			.exceptionHandling(e -> e.authenticationEntryPoint(SignInPages.entryPoint("/login"))
				.defaultDeniedHandlerForMissingAuthority(SignInPages.entryPoint(SecondFactorAuthenticationFilter.PATH),
						SecondFactorRequirement.TOTP_AUTHORITY))
			// Unknown address, wrong password, locked or disabled account: one answer, so
			// that the sign-in form does
			// not tell a stranger which accounts exist (a locked one exists).
			// Passkeys: Spring Security's WebAuthn endpoints (options, registration, POST
			// /login/webauthn), driven by
			// our pages and /js/passkeys.js; its own pages inline their script, which the
			// CSP forbids
			.webAuthn(w -> w.rpId(passkeys.rpId())
				.rpName(passkeys.rpName())
				.allowedOrigins(passkeys.allowedOrigins())
				.disableDefaultRegistrationPage(true)
				.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
					@Override
					public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
						return signIn.passkeySignIn(filter);
					}
				}))
			.formLogin(f -> f.loginPage("/login").failureUrl("/login?error").defaultSuccessUrl("/", false).permitAll())
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("SESSION"))
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
			// RFC 8058 one-click unsubscribe: a mail client posts without a session; the
			// secret token in the URL is
			// the authority.
			.csrf(c -> c.ignoringRequestMatchers("/p/*/events/unsubscribe/*"))
			.headers(SecurityConfiguration::pageHeaders);
		return http.build();
	}

	private static HeadersConfigurer<HttpSecurity> pageHeaders(HeadersConfigurer<HttpSecurity> headers) {
		return headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions(f -> f.deny())
			.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()"));
	}

	private static void problemUnauthorized(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse res,
			org.springframework.security.core.AuthenticationException ex) throws IOException {
		res.setHeader("WWW-Authenticate", "Basic realm=\"Kyoten\", Bearer");
		// the same detail whatever failed (unknown, wrong, locked, disabled), as on the
		// sign-in form
		writeProblem(res, HttpStatus.UNAUTHORIZED, UNAUTHORIZED_DETAIL);
	}

	/**
	 * 403. A person whose sign-in needs a second factor cannot give one to the API over
	 * HTTP Basic: the password alone opens no API for them, and the answer says to use a
	 * personal token.
	 */
	private static AccessDeniedHandler problemForbidden() {
		return (req, res, ex) -> {
			var auth = SecurityContextHolder.getContext().getAuthentication();
			writeProblem(res, HttpStatus.FORBIDDEN, SecondFactorRequirement.appliesTo(auth)
					? "二要素認証を使うアカウントは、パスワードではなく個人用の API トークン（プロフィールで発行）で API をお使いください。" : "この操作を行う権限がありません。");
		};
	}

	private static void writeProblem(HttpServletResponse res, HttpStatus status, String detail) throws IOException {
		res.setStatus(status.value());
		res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		res.setCharacterEncoding(StandardCharsets.UTF_8.name());
		res.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail + "\"}");
	}

}
