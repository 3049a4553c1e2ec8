package jp.kyoten.events;

import org.springframework.data.jpa.repository.JpaRepository;

/** Row-level security limits every query here to the hub in scope. */
interface EventRepository extends JpaRepository<Event, Long> {

}
