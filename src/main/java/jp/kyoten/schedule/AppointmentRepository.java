package jp.kyoten.schedule;

import org.springframework.data.jpa.repository.JpaRepository;

/** Row-level security limits every query here to the hub in scope. */
interface AppointmentRepository extends JpaRepository<Appointment, Long> {

}
