package jp.kyoten.hub;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface HubRepository extends JpaRepository<Hub, Long> {

	Optional<Hub> findBySlug(String slug);

	List<Hub> findAllByOrderByPrefectureCodeAscNameAsc();

	boolean existsBySlug(String slug);

}
