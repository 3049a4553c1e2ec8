package jp.kyoten.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	@ParameterizedTest
	@ValueSource(strings = { "passwordpassword", "aaaaaaaaaaaa", "PasswordPassword", "qwerty123456", "1q2w3e4r5t6y",
			"dragondragondragon", "abcdefghijklm", "ZYXWVUTSRQPO", "345678901234", "987654321098", "iloveyouiloveyou",
			"111111111111" })
	void refusesCommonAndTrivialPasswords(String password) {
		assertThat(PasswordPolicy.violation(password, "someone@kumamoto.demo")).hasValue("password.common");
	}

	@ParameterizedTest
	@ValueSource(strings = { "demo-pass-1234", "a-long-enough-password", "熊本の阿蘇山はとても雄大です", "agency-pass-9876",
			"correct horse battery staple" })
	void acceptsPasswordsNobodyTriesFirst(String password) {
		assertThat(PasswordPolicy.violation(password, "someone@kumamoto.demo")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "short", "aaaa" })
	void aShortPasswordIsRefusedForItsLengthFirst(String password) {
		assertThat(PasswordPolicy.violation(password, null)).hasValue("password.tooShort");
	}

}
