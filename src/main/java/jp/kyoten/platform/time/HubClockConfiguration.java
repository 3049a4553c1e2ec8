package jp.kyoten.platform.time;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The hub's now: one {@link Clock} in Tokyo's zone for every "today", "this month" and
 * "this fiscal year" the code asks for. A test that needs another day declares its own
 * {@code Clock} bean, and that one is used instead.
 */
@Configuration(proxyBeanMethods = false)
class HubClockConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock hubClock() {
		return Clock.system(HubTime.ZONE);
	}

}
