package jp.kyoten.matching;

import org.springframework.data.jpa.repository.JpaRepository;

interface TalentNeedRepository extends JpaRepository<TalentNeed, Long> {

}
