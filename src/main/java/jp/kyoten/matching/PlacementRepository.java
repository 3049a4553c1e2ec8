package jp.kyoten.matching;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlacementRepository extends JpaRepository<Placement, Long> {

	boolean existsByHandOffId(long handOffId);

}
