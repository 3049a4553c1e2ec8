package jp.kyoten.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.time.HubTime;

/**
 * One appointment of one person or of the whole hub. Every change counts up
 * {@code sequence}, so that calendar clients subscribed to a feed replace their copy (RFC
 * 5545 SEQUENCE); {@code uid} never changes.
 */
@Entity
@Table(name = "appointment")
class Appointment {

	/** Longest appointment: keeps range queries bounded (see the schema). */
	static final Duration MAX_LENGTH = Duration.ofDays(31);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "hub_id", updatable = false)
	private long hubId;

	@Column(updatable = false)
	private UUID uid;

	private String title;

	@Enumerated(EnumType.STRING)
	private AppointmentKind kind;

	@Column(name = "starts_at")
	private Instant startsAt;

	@Column(name = "ends_at")
	private Instant endsAt;

	@Column(name = "all_day")
	private boolean allDay;

	private String location;

	private String notes;

	@Column(name = "owner_id")
	private Long ownerId;

	@Column(name = "whole_hub")
	private boolean wholeHub;

	@Column(name = "company_id")
	private Long companyId;

	@Column(name = "consultation_id")
	private Long consultationId;

	@Column(name = "event_id")
	private Long eventId;

	@Enumerated(EnumType.STRING)
	private AppointmentStatus status = AppointmentStatus.SCHEDULED;

	private int sequence;

	@Column(name = "created_by", updatable = false)
	private Long createdBy;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "cancelled_at")
	private Instant cancelledAt;

	@Version
	private int version;

	protected Appointment() {
	}

	Appointment(long hubId, AppointmentDetails details, Long createdBy) {
		checkTimes(details);
		this.hubId = hubId;
		this.uid = UUID.randomUUID();
		this.createdBy = createdBy;
		this.createdAt = Instant.now();
		apply(details);
	}

	void update(AppointmentDetails details) {
		requireScheduled();
		checkTimes(details);
		apply(details);
		changed();
	}

	void moveTo(Instant start, Instant end, boolean allDay) {
		update(details().movedTo(start, end, allDay));
	}

	void cancel() {
		requireScheduled();
		this.status = AppointmentStatus.CANCELLED;
		this.cancelledAt = Instant.now();
		changed();
	}

	/**
	 * @throws BusinessRuleException when the end is not after the start, it is too long,
	 * or an all-day appointment does not run from midnight to midnight (Japan time)
	 */
	static void checkTimes(AppointmentDetails d) {
		if (!d.endsAt().isAfter(d.startsAt())) {
			throw new BusinessRuleException("appointment.endBeforeStart");
		}
		if (Duration.between(d.startsAt(), d.endsAt()).compareTo(MAX_LENGTH) > 0) {
			throw new BusinessRuleException("appointment.tooLong", MAX_LENGTH.toDays());
		}
		if (d.allDay() && !(atMidnight(d.startsAt()) && atMidnight(d.endsAt()))) {
			throw new BusinessRuleException("appointment.allDayNotWholeDays");
		}
	}

	private static boolean atMidnight(Instant t) {
		return t.atZone(HubTime.ZONE).toLocalTime().equals(LocalTime.MIDNIGHT);
	}

	private void requireScheduled() {
		if (status == AppointmentStatus.CANCELLED) {
			throw new BusinessRuleException("appointment.alreadyCancelled");
		}
	}

	private void apply(AppointmentDetails d) {
		this.title = d.title();
		this.kind = d.kind();
		this.startsAt = d.startsAt();
		this.endsAt = d.endsAt();
		this.allDay = d.allDay();
		this.location = d.location();
		this.notes = d.notes();
		this.ownerId = d.ownerId();
		this.wholeHub = d.ownerId() == null;
		this.companyId = d.companyId();
		this.consultationId = d.consultationId();
		this.eventId = d.eventId();
	}

	private void changed() {
		this.sequence++;
		this.updatedAt = Instant.now();
	}

	AppointmentDetails details() {
		return new AppointmentDetails(title, kind, startsAt, endsAt, allDay, location, notes, ownerId, companyId,
				consultationId, eventId);
	}

	Long getId() {
		return id;
	}

	String getTitle() {
		return title;
	}

	Long getOwnerId() {
		return ownerId;
	}

	Long getCreatedBy() {
		return createdBy;
	}

	int getVersion() {
		return version;
	}

	int getSequence() {
		return sequence;
	}

	AppointmentStatus getStatus() {
		return status;
	}

	@jakarta.persistence.PrePersist
	void onCreate() {
		this.updatedAt = this.createdAt;
	}

}
