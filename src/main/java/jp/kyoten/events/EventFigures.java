package jp.kyoten.events;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The figures of one event (or the sum over a month or a programme) for the report:
 * registrations holding a seat, waiting and cancelled, attendance, participant companies
 * (new: no seat at an earlier event of the hub) and institutions, talent, survey answers
 * and the top-two share (満足度), and participant companies with an offer or a hire recorded
 * in the follow-up.
 */
record EventFigures(Long eventId, String label, EventKind kind, LocalDate day, int events, int registered,
		int waitlisted, int cancelled, int attended, int noShows, int companies, int newCompanies, int institutions,
		int talent, int responses, int topTwo, int offers, int institutionResponses, int institutionTopTwo,
		int talentResponses, int talentTopTwo) {

	/**
	 * These figures with 参加人材 as the talent programme counts it at a matching event
	 * ({@link ParticipantTalentCount}): the talent beyond the registrations checked in
	 * came too, so 参加者数 grows by as many (a person once).
	 */
	EventFigures withParticipantTalent(int participantTalent) {
		int more = Math.max(0, participantTalent - talent);
		return new EventFigures(eventId, label, kind, day, events, registered, waitlisted, cancelled, attended + more,
				noShows, companies, newCompanies, institutions, talent + more, responses, topTwo, offers,
				institutionResponses, institutionTopTwo, talentResponses, talentTopTwo);
	}

	/** The METI target: 90 % of those who answered choose one of the two best answers. */
	static final BigDecimal TARGET = BigDecimal.valueOf(90);

	public int returningCompanies() {
		return companies - newCompanies;
	}

	/**
	 * 満足度 of the participant companies in percent, one decimal; null when no company
	 * answered.
	 */
	public BigDecimal satisfaction() {
		return share(topTwo, responses);
	}

	/** The institutions' answers, shown apart from the companies'. */
	public BigDecimal institutionSatisfaction() {
		return share(institutionTopTwo, institutionResponses);
	}

	/** The talent's answers, shown apart from the companies'. */
	public BigDecimal talentSatisfaction() {
		return share(talentTopTwo, talentResponses);
	}

	/** The top-two share in percent, one decimal; null without answers. */
	public static BigDecimal share(int topTwo, int answers) {
		return answers == 0 ? null
				: BigDecimal.valueOf(topTwo * 100L).divide(BigDecimal.valueOf(answers), 1, RoundingMode.HALF_UP);
	}

	public Boolean meetsTarget() {
		BigDecimal s = satisfaction();
		return s == null ? null : s.compareTo(TARGET) >= 0;
	}

}
