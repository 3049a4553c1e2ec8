package jp.kyoten.matching;

import org.springframework.data.jpa.repository.JpaRepository;

interface HandOffRepository extends JpaRepository<HandOff, Long> {

}
