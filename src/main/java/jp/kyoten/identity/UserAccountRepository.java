package jp.kyoten.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	@Query("select u from UserAccount u where lower(u.email) = lower(?1)")
	Optional<UserAccount> findByEmail(String email);

	List<UserAccount> findByHubIdOrderByDisplayName(Long hubId);

	Optional<UserAccount> findByIdAndHubId(Long id, Long hubId);

	List<UserAccount> findByHubIdAndAgencyIdOrderByDisplayName(Long hubId, Long agencyId);

	@Query("select count(u) > 0 from UserAccount u where lower(u.email) = lower(?1)")
	boolean existsByEmail(String email);

	/**
	 * One statement, so that concurrent wrong guesses cannot undercount. A lock that has
	 * run out starts over.
	 */
	@Modifying
	@Query(value = """
			UPDATE user_account
			   SET failed_attempts = CASE WHEN locked_until IS NOT NULL AND locked_until <= now() THEN 1
			                              ELSE failed_attempts + 1 END,
			       locked_until = CASE WHEN locked_until IS NOT NULL AND locked_until <= now() THEN NULL
			                           WHEN failed_attempts + 1 >= :max THEN now() + make_interval(mins => :minutes)
			                           ELSE locked_until END
			 WHERE lower(email) = lower(:email)""", nativeQuery = true)
	int recordFailedAttempt(String email, int max, int minutes);

	@Modifying
	@Query(value = """
			UPDATE user_account SET failed_attempts = 0, locked_until = NULL, last_sign_in_at = now()
			 WHERE id = :id""", nativeQuery = true)
	void recordSuccessfulSignIn(long id);

	@Modifying
	@Query(value = "UPDATE user_account SET failed_attempts = 0 WHERE id = :id AND failed_attempts > 0",
			nativeQuery = true)
	void clearFailedAttempts(long id);

}
