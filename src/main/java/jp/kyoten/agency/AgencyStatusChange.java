package jp.kyoten.agency;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of an agency's status history; written once, never changed. */
@Entity
@Table(name = "agency_status_history")
class AgencyStatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "hub_id", updatable = false)
	private long hubId;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", updatable = false)
	private AgencyStatus from;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", updatable = false)
	private AgencyStatus to;

	@Column(updatable = false)
	private String reason;

	@Column(name = "changed_at", updatable = false)
	private Instant changedAt;

	@Column(name = "changed_by", updatable = false)
	private Long changedBy;

	@Column(name = "changed_by_name", updatable = false)
	private String changedByName;

	protected AgencyStatusChange() {
	}

	AgencyStatusChange(long hubId, AgencyStatus from, AgencyStatus to, String reason, Instant at, ActingStaff by) {
		this.hubId = hubId;
		this.from = from;
		this.to = to;
		this.reason = reason;
		this.changedAt = at;
		this.changedBy = by.userId();
		this.changedByName = by.name();
	}

	StatusChangeView view() {
		return new StatusChangeView(from, to, reason, changedAt, changedBy, changedByName);
	}

	AgencyStatus from() {
		return from;
	}

	AgencyStatus to() {
		return to;
	}

	String reason() {
		return reason;
	}

}
