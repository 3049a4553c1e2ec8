package jp.kyoten.identity;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ProviderManager;

import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;

/**
 * The application's own security for a {@code @WebMvcTest} slice: the three chains of
 * {@link SecurityConfiguration} (static files, the stateless API with its problem+json
 * answers, the pages with CSRF, CSP and the role rules) and the method security of the
 * controllers, exactly as the application builds them. Only what those chains reach for a
 * sign-in that the slice never makes is stood in for: the token and account stores, the
 * second-factor and passkey filters' collaborators. A slice signs its requests in with
 * {@link SliceUsers}, whose sessions carry the account's access version, so the session
 * check ({@link SessionAccessFilter}) asks no database.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class WebSliceSecurity {

	@Bean
	ApiTokens apiTokens() {
		return mock(ApiTokens.class);
	}

	@Bean
	UserAccountRepository userAccountRepository() {
		return mock(UserAccountRepository.class);
	}

	/**
	 * Asked only for a session without the access version, which SliceUsers never makes.
	 */
	@Bean
	JdbcClient sessionChecks() {
		return mock(JdbcClient.class);
	}

	@Bean
	PasskeySettings passkeySettings() {
		return new PasskeySettings("localhost", "Kyoten", Set.of("http://localhost"));
	}

	/**
	 * The sign-in filters the page chain inserts, built without the sign-in machinery
	 * behind them (no slice signs in with a password, a code or a passkey): the absolute
	 * session timeout as configured, a second-factor filter that refuses every code.
	 */
	@Bean
	SignInFilters signInFilters() {
		SignInFilters filters = mock(SignInFilters.class);
		when(filters.lifetime()).thenReturn(new SessionLifetimeFilter(
				new SessionSettings(Duration.ofMinutes(30), Duration.ofHours(12)), Clock.systemUTC()));
		when(filters.secondFactor()).thenReturn(new SecondFactorAuthenticationFilter(
				new ProviderManager(mock(org.springframework.security.authentication.AuthenticationProvider.class))));
		when(filters.passkeySignIn(any())).thenAnswer(call -> call.getArgument(0));
		return filters;
	}

	/**
	 * The layout names the signed-in person's hub and offers the menu of its kind: every
	 * slice's hub is the same one, {@link SliceUsers#HUB_NAME} (a slice asks no database
	 * for it).
	 */
	@Bean
	Hubs hubs() {
		Hubs hubs = mock(Hubs.class);
		when(hubs.nameOf(anyLong())).thenReturn(SliceUsers.HUB_NAME);
		when(hubs.kindOf(anyLong())).thenReturn(HubKind.PRO_TALENT);
		return hubs;
	}

	/** The layout's menu, real: it depends on the role, the hub's kind and the locale. */
	@Bean("mainMenu")
	MainMenu mainMenu(MessageSource messages, Hubs hubs) {
		return new MainMenu(messages, hubs);
	}

}
