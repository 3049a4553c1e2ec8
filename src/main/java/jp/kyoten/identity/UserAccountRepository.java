package jp.kyoten.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.LockModeType;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	@Query("select u from UserAccount u where lower(u.email) = lower(?1)")
	Optional<UserAccount> findByEmail(String email);

	List<UserAccount> findByHubIdOrderByDisplayName(Long hubId);

	Optional<UserAccount> findByIdAndHubId(Long id, Long hubId);

	List<UserAccount> findByHubIdAndAgencyIdOrderByDisplayName(Long hubId, Long agencyId);

	@Query("select count(u) > 0 from UserAccount u where lower(u.email) = lower(?1)")
	boolean existsByEmail(String email);

	/**
	 * The account, its row locked until the transaction ends: the sign-in counters are
	 * changed through the entity (ADR 211/245: {@code user_account} is written by JPA
	 * only), and the lock makes concurrent wrong guesses wait for each other, so that
	 * none is undercounted.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from UserAccount u where lower(u.email) = lower(?1)")
	Optional<UserAccount> findForUpdateByEmail(String email);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from UserAccount u where u.id = ?1")
	Optional<UserAccount> findForUpdateById(long id);

	/** A wrong password or code for the account of this address (if there is one). */
	@Transactional
	default void recordFailedAttempt(String email) {
		findForUpdateByEmail(email).ifPresent(account -> account.recordFailedAttempt(Instant.now()));
	}

	/** A complete sign-in: the failures counted start over and a lock ends. */
	@Transactional
	default void recordSuccessfulSignIn(long id) {
		findForUpdateById(id).ifPresent(account -> account.signedIn(Instant.now()));
	}

	/** The failures counted start over (a sign-in that needed nothing more). */
	@Transactional
	default void clearFailedAttempts(long id) {
		findForUpdateById(id).ifPresent(UserAccount::clearFailedAttempts);
	}

}
