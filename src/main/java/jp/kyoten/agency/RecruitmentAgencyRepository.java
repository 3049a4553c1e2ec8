package jp.kyoten.agency;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Row-level security limits every query here to the hub in scope. Saving publishes the
 * agency's events.
 */
interface RecruitmentAgencyRepository extends JpaRepository<RecruitmentAgency, Long> {

	@Query("select count(a) > 0 from RecruitmentAgency a where a.licenceNumber = ?1 and a.id <> ?2")
	boolean licenceTakenByOther(String licenceNumber, long exceptId);

}
