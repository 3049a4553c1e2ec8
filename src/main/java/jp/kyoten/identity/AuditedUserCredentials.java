package jp.kyoten.identity;

import java.util.List;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

import jp.kyoten.audit.AuditTrail;

/**
 * Spring Security's JDBC store of passkeys, with a new one written to the audit log. Its
 * relying party saves a passkey again after every sign-in (the signature count, the time
 * of last use): only the first save is a registration. Removal goes through
 * {@link Passkeys}, which audits it.
 */
class AuditedUserCredentials implements UserCredentialRepository {

	private final JdbcUserCredentialRepository jdbc;

	private final AuditTrail audit;

	AuditedUserCredentials(JdbcOperations jdbc, AuditTrail audit) {
		this.jdbc = new JdbcUserCredentialRepository(jdbc);
		this.audit = audit;
	}

	@Override
	public void save(CredentialRecord credential) {
		boolean isNew = jdbc.findByCredentialId(credential.getCredentialId()) == null;
		jdbc.save(credential);
		if (isNew) {
			CurrentUser.get()
				.ifPresent(
						user -> audit.created("passkey", user.userId(), "パスキー「" + credential.getLabel() + "」を登録しました"));
		}
	}

	@Override
	public void delete(Bytes credentialId) {
		jdbc.delete(credentialId);
	}

	@Override
	public CredentialRecord findByCredentialId(Bytes credentialId) {
		return jdbc.findByCredentialId(credentialId);
	}

	@Override
	public List<CredentialRecord> findByUserId(Bytes userId) {
		return jdbc.findByUserId(userId);
	}

}
