package jp.kyoten.moving;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jp.kyoten.activity.Channel;
import jp.kyoten.activity.ManagementIssue;
import jp.kyoten.directory.CompanyData;
import jp.kyoten.platform.contact.ContactPerson;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * One data row of a file as it will be saved: the company (and contact) it names, for a
 * consultation log the consultation, for a needs list the need, for a placements list the
 * need and placement, for a participants list the event and attendance, and what is wrong
 * with it — {@code errors} reject the row, {@code warnings} are reported and the row is
 * saved without the value (a 法人番号 whose check digit is wrong is not used to match).
 */
public record ImportRow(int rowNumber, List<String> cells, CompanyData company, ContactPerson contact,
		ConsultationDraft consultation, NeedDraft need, PlacementDraft placement, ParticipantDraft participant,
		List<Problem> errors, List<Problem> warnings) {

	/** What a cell says wrongly: the cell (C12) and the Japanese reason. */
	public record Problem(String cell, String reason) {
	}

	/**
	 * The consultation of a log row; {@code staffUserId} null when the row names nobody
	 * the hub knows.
	 */
	public record ConsultationDraft(LocalDate date, Channel channel, Set<ManagementIssue> issues, String summary,
			Long staffUserId, String staffName, boolean followUp, String nextAction) {
	}

	/**
	 * The talent need of a needs list's row: registered from the company's latest
	 * consultation on or before the day it was learned ({@code learnedOn}, today when the
	 * file does not say).
	 */
	public record NeedDraft(String title, JobCategory jobCategory, EmploymentForm employmentForm, boolean digital,
			boolean cxo, LocalDate learnedOn, String description, String conditions) {
	}

	/**
	 * A past placement of a placements list's row: its need ({@code need}), the agency
	 * (one of the hub's registered agencies, found while reading), and its days — handed
	 * off (null: the contract date) and the contract date (成約日), which decides the fiscal
	 * year it counts in.
	 */
	public record PlacementDraft(long agencyId, String agencyName, LocalDate handedOffOn, LocalDate contractDate,
			LocalDate startDate, Long fee) {
	}

	/**
	 * A participant of a past event (the row's contact is the person): the event by its
	 * title and day (found among the hub's events, else created as held), its kind for a
	 * new one, and whether the person came (null: not said).
	 */
	public record ParticipantDraft(String eventTitle, LocalDate eventDate, String eventKind, Boolean attended) {
	}

	public boolean rejected() {
		return !errors.isEmpty();
	}

	/** The reasons joined, as the rejected rows' spreadsheet shows them. */
	public String reasons() {
		return String.join(" / ", errors.stream().map(p -> p.cell() + ": " + p.reason()).toList());
	}

}
