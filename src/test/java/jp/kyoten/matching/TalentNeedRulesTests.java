package jp.kyoten.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * The status rules on the aggregates, without Spring: what moves a need and a hand-off,
 * and what is refused.
 */
class TalentNeedRulesTests {

	@Test
	void aSheetThenAHandOffThenAConfirmedPlacementMoveTheNeedAndAreRecordedInOrder() {
		TalentNeed need = need();
		need.startSelection("a");
		need.handOff("a");
		need.placed("a");
		assertThat(need.getStatus()).isEqualTo(NeedStatus.PLACED);
		assertThat(need.takeChanges()).extracting(TalentNeed.StatusChange::to)
			.containsExactly(NeedStatus.PROSPECTING, NeedStatus.SELECTING, NeedStatus.HANDED_OFF, NeedStatus.PLACED);
		assertThat(need.takeChanges()).isEmpty();
	}

	@Test
	void refusesAHandOffBeforeAnySheet() {
		TalentNeed need = need();
		assertThatThrownBy(() -> need.handOff("a")).isInstanceOf(BusinessRuleException.class)
			.hasMessage("need.handOff.noSheet");
	}

	@Test
	void aSecondSheetOrHandOffLeavesTheStatusWhereItIs() {
		TalentNeed need = need();
		need.startSelection("a");
		need.handOff("a");
		need.startSelection("a");
		need.handOff("a");
		assertThat(need.getStatus()).isEqualTo(NeedStatus.HANDED_OFF);
	}

	@Test
	void refusesSheetsHandOffsAndPlacementsOnAWithdrawnNeed() {
		TalentNeed need = need();
		need.changeStatus(NeedStatus.WITHDRAWN, "社内で充足", "a");
		assertThatThrownBy(() -> need.startSelection("a")).hasMessage("need.closed.sheet");
		assertThatThrownBy(() -> need.handOff("a")).hasMessage("need.closed.handOff");
		assertThatThrownBy(() -> need.placed("a")).hasMessage("need.placed.notHandedOff");
		need.changeStatus(NeedStatus.DEFINED, "再開", "a");
		assertThat(need.getStatus()).isEqualTo(NeedStatus.DEFINED);
	}

	@Test
	void statusesThatFollowFromTheWorkCannotBeSetByHand() {
		TalentNeed need = need();
		for (NeedStatus s : List.of(NeedStatus.SELECTING, NeedStatus.HANDED_OFF, NeedStatus.PLACED)) {
			assertThatThrownBy(() -> need.changeStatus(s, null, "a")).hasMessage("need.status.notManual");
		}
		assertThatThrownBy(() -> need.changeStatus(NeedStatus.IN_SELECTION, null, "a"))
			.hasMessage("need.status.illegal");
		assertThatThrownBy(() -> need.changeStatus(NeedStatus.NOT_PLACED, " ", "a"))
			.hasMessage("need.status.reasonRequired");
	}

	@Test
	void aHireReportedAfterNotPlacedStillCountsOnceConfirmed() {
		TalentNeed need = need();
		need.startSelection("a");
		need.handOff("a");
		need.changeStatus(NeedStatus.NOT_PLACED, "条件が合わず", "a");
		need.placed("a");
		assertThat(need.getStatus()).isEqualTo(NeedStatus.PLACED);
	}

	@Test
	void aHandOffClosedByDeclineOrOutcomeTakesNoFurtherReport() {
		HandOff declined = new HandOff();
		setStatus(declined, HandOffStatus.HANDED_OFF);
		assertThatThrownBy(() -> declined.decline(" ")).hasMessage("handOff.reason.required");
		declined.decline("候補者なし");
		assertThatThrownBy(() -> declined.progress(HandOffStatus.INTERVIEW, null)).hasMessage("handOff.status.illegal");
		assertThatThrownBy(declined::placed).hasMessage("handOff.status.illegal");

		HandOff untouched = new HandOff();
		setStatus(untouched, HandOffStatus.HANDED_OFF);
		untouched.placed();
		assertThat(untouched.takeSteps()).extracting(HandOff.Step::status).containsExactly(HandOffStatus.PLACED);
		assertThatThrownBy(() -> untouched.progress(HandOffStatus.ACCEPTED, null))
			.hasMessage("handOff.progress.notAStep");
	}

	@Test
	void rotationKeepsEveryAgencyAndStartsWhereTheOffsetSays() {
		List<String> agencies = List.of("A", "B", "C", "D");
		assertThat(PrepareSelectionSheet.rotate(agencies, 0)).containsExactly("A", "B", "C", "D");
		assertThat(PrepareSelectionSheet.rotate(agencies, 1)).containsExactly("B", "C", "D", "A");
		assertThat(PrepareSelectionSheet.rotate(agencies, 3)).containsExactly("D", "A", "B", "C");
	}

	@Test
	void aResidenceMunicipalityMustLieInItsPrefecture() {
		assertThat(new Residence("43", "43100").valid()).isTrue();
		assertThat(new Residence(null, "43100").prefectureCode()).isEqualTo("43");
		assertThat(new Residence("13", "43100").valid()).isFalse();
		assertThat(new Residence("48", null).valid()).isFalse();
		assertThat(Residence.UNKNOWN.valid()).isTrue();
	}

	private static TalentNeed need() {
		return new TalentNeed(1, 2, 3, new NeedDetails("営業部長", JobCategory.SALES, EmploymentForm.FULL_TIME, false,
				false, null, null, null, LocalDate.of(2026, 6, 1)), Instant.now(), "a");
	}

	private static void setStatus(HandOff handOff, HandOffStatus status) {
		try {
			var field = HandOff.class.getDeclaredField("status");
			field.setAccessible(true);
			field.set(handOff, status);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
