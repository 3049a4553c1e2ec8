package jp.kyoten.activity;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsultationRepository extends JpaRepository<Consultation, Long> {

}
