package jp.kyoten.identity;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;

import jp.kyoten.audit.AuditTrail;

/** A person's passkeys, as their profile lists them, and their removal (audited). */
@Service
class Passkeys {

	/**
	 * One passkey as the profile shows it; the id is the credential id in base64url, as
	 * the removal form sends it.
	 */
	public record Passkey(String id, String label, Instant created, Instant lastUsed) {
	}

	private final PublicKeyCredentialUserEntityRepository userEntities;

	private final AuditedUserCredentials credentials;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	Passkeys(PublicKeyCredentialUserEntityRepository userEntities, AuditedUserCredentials credentials, AuditTrail audit,
			JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.userEntities = userEntities;
		this.credentials = credentials;
		this.audit = audit;
	}

	List<Passkey> of(KyotenUser user) {
		PublicKeyCredentialUserEntity entity = userEntities.findByUsername(user.email());
		if (entity == null) {
			return List.of();
		}
		return credentials.findByUserId(entity.getId())
			.stream()
			.sorted(Comparator.comparing(CredentialRecord::getCreated, Comparator.nullsLast(Comparator.naturalOrder())))
			.map(c -> new Passkey(c.getCredentialId().toBase64UrlString(), c.getLabel(), c.getCreated(),
					c.getLastUsed()))
			.toList();
	}

	boolean any(KyotenUser user) {
		return !of(user).isEmpty();
	}

	/**
	 * Removes every passkey of an account (a reset of its second factor: the lost phone
	 * may hold one), with the account's passkey identity; its credentials go with it (the
	 * foreign key cascades).
	 * @return how many passkeys were removed
	 */
	int removeAll(long userId) {
		int passkeys = jdbc.sql("""
				SELECT count(*) FROM user_credentials c JOIN user_entities e ON e.id = c.user_entity_user_id
				 WHERE e.user_account_id = ?""").param(userId).query(Integer.class).single();
		jdbc.sql("DELETE FROM user_entities WHERE user_account_id = ?").param(userId).update();
		return passkeys;
	}

	/**
	 * Removes one of the person's own passkeys; another person's, or an unknown one, is
	 * left alone.
	 */
	boolean remove(KyotenUser user, String credentialId) {
		PublicKeyCredentialUserEntity entity = userEntities.findByUsername(user.email());
		Bytes id;
		try {
			id = Bytes.fromBase64(credentialId);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		CredentialRecord credential = credentials.findByCredentialId(id);
		if (entity == null || credential == null || !credential.getUserEntityUserId().equals(entity.getId())) {
			return false;
		}
		credentials.delete(id);
		audit.deleted("passkey", user.userId(), "パスキー「" + credential.getLabel() + "」を削除しました");
		return true;
	}

}
