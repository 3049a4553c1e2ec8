package jp.kyoten.platform.tenancy;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/**
 * Spring Data auditing for the JPA aggregates (ADR 211, rule 4): an entity listened to by
 * {@code AuditingEntityListener} gets {@code @CreatedBy}/{@code @LastModifiedBy} from the
 * {@link ActingUser} and its dates from the clock of the moment, instead of each entity
 * or use case setting them by hand.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "actingUserAuditor")
class ActingUserAuditing {

	@Bean
	AuditorAware<String> actingUserAuditor() {
		return () -> Optional.of(ActingUser.email());
	}

}
