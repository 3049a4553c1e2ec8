package jp.kyoten.platform;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session store's conversion deserializes a signed-in security context once per node
 * (issue 22) — and still gives every request a context of its own, so that one request
 * clearing its context (signing out) leaves the others as they were, and a changed
 * context (new bytes) is read afresh.
 */
class SignedInAuthenticationsTests {

	final SignedInAuthentications conversion = new SignedInAuthentications(getClass().getClassLoader());

	@Test
	void theSameBytesGiveANewContextAroundTheAuthenticationTheyGaveFirst() {
		byte[] stored = bytes(new SecurityContextImpl(signedIn("coordinator@kumamoto.demo")));

		SecurityContext first = read(stored);
		SecurityContext second = read(stored);

		assertThat(second).isNotSameAs(first);
		assertThat(second.getAuthentication()).isSameAs(first.getAuthentication());
		assertThat(second.getAuthentication().getName()).isEqualTo("coordinator@kumamoto.demo");
		// a request that signs out clears its own context only
		first.setAuthentication(null);
		assertThat(read(stored).getAuthentication()).isNotNull().isSameAs(second.getAuthentication());
		assertThat(conversion.keptAuthentications()).isOne();
	}

	@Test
	void changedBytesAreReadAfreshAndOtherAttributesAreNeverKept() {
		SecurityContext manager = read(bytes(new SecurityContextImpl(signedIn("manager@kumamoto.demo"))));
		SecurityContext coordinator = read(bytes(new SecurityContextImpl(signedIn("coordinator@kumamoto.demo"))));
		assertThat(manager.getAuthentication().getName()).isEqualTo("manager@kumamoto.demo");
		assertThat(coordinator.getAuthentication().getName()).isEqualTo("coordinator@kumamoto.demo");

		byte[] token = bytes("a CSRF token");
		assertThat(deserialize(token)).isEqualTo("a CSRF token").isNotSameAs(deserialize(token));
		byte[] empty = bytes(new SecurityContextImpl());
		assertThat(read(empty).getAuthentication()).isNull();
		assertThat(conversion.keptAuthentications()).isEqualTo(2);
	}

	private static Authentication signedIn(String name) {
		return UsernamePasswordAuthenticationToken.authenticated(name, null,
				List.of(new SimpleGrantedAuthority("ROLE_COORDINATOR")));
	}

	private byte[] bytes(Object value) {
		return (byte[]) conversion.convert(value, TypeDescriptor.valueOf(Object.class),
				TypeDescriptor.valueOf(byte[].class));
	}

	private Object deserialize(byte[] bytes) {
		return conversion.convert(bytes, TypeDescriptor.valueOf(byte[].class), TypeDescriptor.valueOf(Object.class));
	}

	private SecurityContext read(byte[] bytes) {
		return (SecurityContext) deserialize(bytes);
	}

}
