package jp.kyoten.talent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jp.kyoten.events.MatchingEvents;

/**
 * A matching event as staff plan it: the interview slots, the participant companies with
 * their needs, the participant talent, the interview sets, the registered companies whose
 * need is not yet recorded, and the event's registrations of type TALENT with the
 * participant talent they are (or may be) the same person as.
 */
public record MatchingBoard(MatchingEvents.MatchingEvent event, String programme, int slotMinutes, List<Slot> slots,
		List<CompanyNeed> companies, List<Candidate> talent, List<SetView> sets,
		List<MatchingEvents.ParticipantCompany> unrecorded, List<SamePerson.RegistrationMatch> registrations) {

	/** Slot {@code number} from 0, from the event's start. */
	public record Slot(int number, OffsetDateTime startsAt, OffsetDateTime endsAt) {
	}

	/**
	 * A participant company with its need: the role and skills it seeks, its talent need
	 * where one exists.
	 */
	public record CompanyNeed(long id, long companyId, long registrationId, String companyName, String role,
			String jobCategory, List<Long> skillIds, List<String> skills, Long needId, boolean checkedIn) {
	}

	/**
	 * A participant talent; {@code checkedIn}: staff recorded that they came, on the
	 * board or (when linked to their registration on the event's form,
	 * {@code registrationId}) at the event's check-in.
	 */
	public record Candidate(long talentId, String code, String name, TalentKind kind, boolean sharesAnonymised,
			List<Long> skillIds, List<String> skills, boolean checkedIn, Long registrationId) {
	}

	/**
	 * The talent registrations not yet linked to a participant talent (the same person
	 * may be counted twice).
	 */
	public List<SamePerson.RegistrationMatch> unlinkedRegistrations() {
		return registrations.stream().filter(r -> !r.linked()).toList();
	}

	/** An interview set with its time and result. */
	public record SetView(long id, long matchingCompanyId, String companyName, String role, long talentId,
			String talentCode, String talentName, int slot, OffsetDateTime startsAt, OffsetDateTime endsAt,
			InterviewResult result, LocalDate resultOn, LocalDate hiredOn) {

		public boolean offer() {
			return result == InterviewResult.OFFER;
		}

		/** The result's code, or null while none is recorded. */
		public String resultCode() {
			return result == null ? null : result.name();
		}

	}

	/** A result as the result selects offer it, its label looked up once per page. */
	public record ResultOption(String code, String label) {
	}

	public List<SetView> setsOfCompany(long matchingCompanyId) {
		return sets.stream().filter(s -> s.matchingCompanyId() == matchingCompanyId).toList();
	}

	public List<SetView> setsOfTalent(long talentId) {
		return sets.stream().filter(s -> s.talentId() == talentId).toList();
	}

	public CompanyNeed company(long matchingCompanyId) {
		return companies.stream().filter(c -> c.id() == matchingCompanyId).findFirst().orElse(null);
	}

	public Candidate candidate(long talentId) {
		return talent.stream().filter(c -> c.talentId() == talentId).findFirst().orElse(null);
	}

}
