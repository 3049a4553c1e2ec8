package jp.kyoten.institution;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Row-level security limits every query here to the hub in scope. */
interface SupportInstitutionRepository extends JpaRepository<SupportInstitution, Long> {

	/**
	 * Whether another institution of the hub has this name and branch ({@code ""} for
	 * none).
	 */
	@Query("""
			select count(i) > 0 from SupportInstitution i
			 where i.name = ?1 and coalesce(i.branch, '') = ?2 and i.id <> ?3""")
	boolean existsOther(String name, String branch, long exceptId);

}
