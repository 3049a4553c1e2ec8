package jp.kyoten.identity;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.AuthenticatorDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.extension.authenticator.RegistrationExtensionAuthenticatorOutput;

import tools.jackson.databind.json.JsonMapper;

/**
 * A software authenticator, built to the WebAuthn spec (§6.1 authenticator data, §6.5
 * attestation object, §6.3.3 and §6.3.2 the two operations): a P-256 key drawn for the
 * passkey, an attestation of format "none" carrying its COSE public key, and assertions
 * signed with ES256 over the authenticator data and the hash of the client data — what a
 * browser and a platform authenticator hand to the server, so that the server's real
 * checks (webauthn4j: challenge, origin, rp id hash, flags, signature, counter) run on
 * it. The client data's origin is the configured one
 * ({@code kyoten.passkeys.allowed-origins} defaults to http://localhost:8080).
 */
final class SoftwarePasskey {

	static final String ORIGIN = "http://localhost:8080";

	static final String RP_ID = "localhost";

	private static final ObjectConverter CBOR = new ObjectConverter();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final KeyPair keys;

	private final byte[] credentialId = new byte[32];

	private byte[] userHandle;

	private long counter;

	SoftwarePasskey() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		keys = generator.generateKeyPair();
		new SecureRandom().nextBytes(credentialId);
	}

	String credentialId() {
		return b64(credentialId);
	}

	/**
	 * The body of {@code POST /webauthn/register} answering the options the server gave
	 * (its JSON).
	 */
	String registration(String optionsJson, String label) throws Exception {
		Map<?, ?> options = JSON.readValue(optionsJson, Map.class);
		String challenge = (String) options.get("challenge");
		userHandle = Base64.getUrlDecoder().decode((String) ((Map<?, ?>) options.get("user")).get("id"));
		byte[] clientData = clientData("webauthn.create", challenge);
		var attested = new AttestedCredentialData(AAGUID.ZERO, credentialId,
				EC2COSEKey.create((ECPublicKey) keys.getPublic(), COSEAlgorithmIdentifier.ES256));
		var authData = new AuthenticatorData<RegistrationExtensionAuthenticatorOutput>(rpIdHash(),
				(byte) (AuthenticatorData.BIT_UP | AuthenticatorData.BIT_UV | AuthenticatorData.BIT_AT), counter,
				attested);
		byte[] attestation = new AttestationObjectConverter(CBOR)
			.convertToBytes(new AttestationObject(authData, new NoneAttestationStatement()));
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("attestationObject", b64(attestation));
		response.put("clientDataJSON", b64(clientData));
		response.put("transports", java.util.List.of("internal"));
		Map<String, Object> credential = new LinkedHashMap<>();
		credential.put("id", b64(credentialId));
		credential.put("rawId", b64(credentialId));
		credential.put("response", response);
		credential.put("type", "public-key");
		credential.put("clientExtensionResults", Map.of());
		credential.put("authenticatorAttachment", "platform");
		return JSON.writeValueAsString(Map.of("publicKey", Map.of("credential", credential, "label", label)));
	}

	/**
	 * The body of {@code POST /login/webauthn} answering the request options the server
	 * gave.
	 */
	String assertion(String optionsJson) throws Exception {
		return assertion(optionsJson, false);
	}

	String assertion(String optionsJson, boolean tamperSignature) throws Exception {
		Map<?, ?> options = JSON.readValue(optionsJson, Map.class);
		byte[] clientData = clientData("webauthn.get", (String) options.get("challenge"));
		counter++;
		byte[] authData = new AuthenticatorDataConverter(CBOR).convert(new AuthenticatorData<>(rpIdHash(),
				(byte) (AuthenticatorData.BIT_UP | AuthenticatorData.BIT_UV), counter));
		Signature es256 = Signature.getInstance("SHA256withECDSA");
		es256.initSign(keys.getPrivate());
		es256.update(authData);
		es256.update(sha256(clientData));
		byte[] signature = es256.sign();
		if (tamperSignature) {
			authData[authData.length - 1] ^= 1;
		}
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("authenticatorData", b64(authData));
		response.put("clientDataJSON", b64(clientData));
		response.put("signature", b64(signature));
		response.put("userHandle", b64(userHandle));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", b64(credentialId));
		body.put("rawId", b64(credentialId));
		body.put("response", response);
		body.put("type", "public-key");
		body.put("clientExtensionResults", Map.of());
		body.put("authenticatorAttachment", "platform");
		return JSON.writeValueAsString(body);
	}

	private static byte[] clientData(String type, String challenge) throws Exception {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("type", type);
		data.put("challenge", challenge);
		data.put("origin", ORIGIN);
		data.put("crossOrigin", false);
		return JSON.writeValueAsString(data).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] rpIdHash() throws Exception {
		return sha256(RP_ID.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] sha256(byte[] data) throws Exception {
		return MessageDigest.getInstance("SHA-256").digest(data);
	}

	private static String b64(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
