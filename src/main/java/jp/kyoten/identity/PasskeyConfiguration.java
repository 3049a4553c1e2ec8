package jp.kyoten.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

import jp.kyoten.audit.AuditTrail;

/**
 * The beans Spring Security's WebAuthn support ({@code http.webAuthn(..)}) takes from the
 * context: its JDBC repositories (tables of V245) and the relying party built on
 * webauthn4j. A passkey must verify its user (a PIN or a fingerprint on the device): it
 * is then two factors in one, so it signs a person in on its own and also stands as the
 * second factor after a password.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUserEntities(JdbcOperations jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	AuditedUserCredentials passkeyCredentials(JdbcOperations jdbc, AuditTrail audit) {
		return new AuditedUserCredentials(jdbc, audit);
	}

	@Bean
	WebAuthnRelyingPartyOperations passkeyRelyingParty(PublicKeyCredentialUserEntityRepository userEntities,
			AuditedUserCredentials credentials, PasskeySettings settings) {
		var rp = PublicKeyCredentialRpEntity.builder().id(settings.rpId()).name(settings.rpName()).build();
		var operations = new Webauthn4JRelyingPartyOperations(userEntities, credentials, rp, settings.allowedOrigins());
		operations.setCustomizeCreationOptions(
				options -> options.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
					.residentKey(ResidentKeyRequirement.REQUIRED)
					.userVerification(UserVerificationRequirement.REQUIRED)
					.build()));
		operations
			.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
		return operations;
	}

}
