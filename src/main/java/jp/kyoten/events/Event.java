package jp.kyoten.events;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * An event of the hub and its plan state. It guards its own rules: a council has a theme,
 * the end follows the start, there is a venue or an online link, the state only moves
 * forward one step at a time, and the capacity cannot drop below the seats already taken.
 */
@Entity
@Table(name = "event")
class Event {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "hub_id", updatable = false)
	private long hubId;

	@Column(updatable = false)
	private UUID uid;

	private String title;

	@Enumerated(EnumType.STRING)
	private EventKind kind;

	private String programme;

	@Enumerated(EnumType.STRING)
	private EventState state = EventState.PLANNED;

	@Column(name = "starts_at")
	private Instant startsAt;

	@Column(name = "ends_at")
	private Instant endsAt;

	private String venue;

	@Column(name = "online_url")
	private String onlineUrl;

	private Integer capacity;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private String[] audiences = new String[0];

	@Column(name = "programme_text")
	private String programmeText;

	private String speakers;

	@Column(name = "co_organisers")
	private String coOrganisers;

	private String theme;

	private String members;

	private String minutes;

	@Column(name = "created_by", updatable = false)
	private Long createdBy;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private int version;

	protected Event() {
	}

	Event(EventDetails details, Long createdBy) {
		this.hubId = HubScope.require();
		this.uid = UUID.randomUUID();
		this.createdBy = createdBy;
		this.createdAt = Instant.now();
		apply(details);
	}

	/**
	 * @throws BusinessRuleException when a rule of {@link #check} is broken
	 */
	void update(EventDetails details, int seatsTaken) {
		if (state == EventState.REPORTED) {
			throw new BusinessRuleException("event.reported.readOnly");
		}
		if (details.capacity() != null && details.capacity() < seatsTaken) {
			throw new BusinessRuleException("event.capacity.belowTaken", seatsTaken);
		}
		apply(details);
	}

	/**
	 * Moves the plan one step forward.
	 * @throws BusinessRuleException when {@code to} is not the next state
	 */
	void advanceTo(EventState to) {
		if (state.next() != to) {
			throw new BusinessRuleException("event.state.illegal");
		}
		this.state = to;
		this.updatedAt = Instant.now();
	}

	void recordMinutes(String minutes) {
		if (kind != EventKind.COUNCIL) {
			throw new BusinessRuleException("event.minutes.councilOnly");
		}
		this.minutes = minutes;
		this.updatedAt = Instant.now();
	}

	static void check(EventDetails d) {
		if (!d.endsAt().isAfter(d.startsAt())) {
			throw new BusinessRuleException("event.endBeforeStart");
		}
		if (d.venue() == null && d.onlineUrl() == null) {
			throw new BusinessRuleException("event.placeRequired");
		}
		if (d.kind() == EventKind.COUNCIL && (d.theme() == null || d.theme().isBlank())) {
			throw new BusinessRuleException("event.theme.required");
		}
	}

	private void apply(EventDetails d) {
		check(d);
		this.title = d.title();
		this.kind = d.kind();
		this.programme = d.programme();
		this.startsAt = d.startsAt();
		this.endsAt = d.endsAt();
		this.venue = d.venue();
		this.onlineUrl = d.onlineUrl();
		this.capacity = d.capacity();
		this.audiences = d.audiences().stream().sorted().map(Enum::name).toArray(String[]::new);
		this.programmeText = d.programmeText();
		this.speakers = d.speakers();
		this.coOrganisers = d.coOrganisers();
		this.theme = d.theme();
		this.members = d.members();
		this.updatedAt = Instant.now();
	}

	EventDetails details() {
		EnumSet<Audience> set = EnumSet.noneOf(Audience.class);
		Arrays.stream(audiences).map(Audience::valueOf).forEach(set::add);
		return new EventDetails(title, kind, programme, startsAt, endsAt, venue, onlineUrl, capacity, set,
				programmeText, speakers, coOrganisers, theme, members);
	}

	Long getId() {
		return id;
	}

	String getTitle() {
		return title;
	}

	EventState getState() {
		return state;
	}

	int getVersion() {
		return version;
	}

}
