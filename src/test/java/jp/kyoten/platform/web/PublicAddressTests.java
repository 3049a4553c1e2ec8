package jp.kyoten.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class PublicAddressTests {

	@Test
	void linksStartWithKyotenPublicUrlWhenItIsSet() {
		PublicAddress address = new PublicAddress("https://kyoten.example.jp/", new MockEnvironment());
		started(address, 18080);
		assertThat(address.link("/p/kumamoto/events/1")).isEqualTo("https://kyoten.example.jp/p/kumamoto/events/1");
		assertThat(address.configured()).isTrue();
	}

	@Test
	void linksPointToThePortTheServerListensOnWhenNoAddressIsSet() {
		PublicAddress address = new PublicAddress("", new MockEnvironment().withProperty("server.port", "0"));
		started(address, 18080);
		assertThat(address.link("/p/kumamoto/events/1")).isEqualTo("http://localhost:18080/p/kumamoto/events/1");
		assertThat(address.configured()).isFalse();
	}

	@Test
	void theContextPathIsPartOfTheGuessedAddress() {
		PublicAddress address = new PublicAddress("",
				new MockEnvironment().withProperty("server.servlet.context-path", "/kyoten/"));
		started(address, 9090);
		assertThat(address.base()).isEqualTo("http://localhost:9090/kyoten");
	}

	@Test
	void refusesAnAddressThatIsNoHttpUrl() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new PublicAddress("kyoten.example.jp", new MockEnvironment()))
			.withMessageContaining("KYOTEN_PUBLIC_URL");
	}

	private static void started(PublicAddress address, int port) {
		WebServerInitializedEvent event = mock(WebServerInitializedEvent.class);
		WebServer server = mock(WebServer.class);
		WebServerApplicationContext context = mock(WebServerApplicationContext.class);
		when(server.getPort()).thenReturn(port);
		when(event.getWebServer()).thenReturn(server);
		when(event.getApplicationContext()).thenReturn(context);
		address.serverStarted(event);
	}

}
