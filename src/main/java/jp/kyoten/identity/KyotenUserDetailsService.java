package jp.kyoten.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class KyotenUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	private final SecondFactorPolicy secondFactor;

	KyotenUserDetailsService(UserAccountRepository accounts, SecondFactorPolicy secondFactor) {
		this.accounts = accounts;
		this.secondFactor = secondFactor;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByEmail(username.trim())
			.map(secondFactor::principal)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

}
