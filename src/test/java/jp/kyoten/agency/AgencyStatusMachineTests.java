package jp.kyoten.agency;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registration status machine on the aggregate, without Spring. */
class AgencyStatusMachineTests {

	static final ActingStaff MANAGER = new ActingStaff(7L, "熊本 花子");

	static final RequirementChecklist COMPLETE = new RequirementChecklist(
			List.of(item(1, "有料職業紹介事業の許可を受けている", true), item(2, "反社会的勢力でないことの誓約", true)));

	static final RequirementChecklist INCOMPLETE = new RequirementChecklist(List.of(item(1, "有料職業紹介事業の許可を受けている", true),
			item(2, "反社会的勢力でないことの誓約", false), item(3, "拠点の事前登録要件説明会に参加", false)));

	@Test
	void aReceivedApplicationIsAppliedWithItsFirstHistoryLine() {
		RecruitmentAgency agency = applied();
		assertThat(agency.getStatus()).isEqualTo(AgencyStatus.APPLIED);
		assertThat(agency.history()).singleElement().satisfies(h -> {
			assertThat(h.from()).isNull();
			assertThat(h.to()).isEqualTo(AgencyStatus.APPLIED);
		});
	}

	@Test
	void registersAnApplicationWhoseChecklistIsComplete() {
		RecruitmentAgency agency = applied();
		agency.register(COMPLETE, MANAGER);
		assertThat(agency.getStatus()).isEqualTo(AgencyStatus.REGISTERED);
		assertThat(agency.history()).last().satisfies(h -> {
			assertThat(h.from()).isEqualTo(AgencyStatus.APPLIED);
			assertThat(h.to()).isEqualTo(AgencyStatus.REGISTERED);
			assertThat(h.changedBy()).isEqualTo(7L);
			assertThat(h.changedByName()).isEqualTo("熊本 花子");
		});
	}

	@Test
	void refusesRegistrationWhileRequirementsAreUnconfirmedNamingThem() {
		RecruitmentAgency agency = applied();
		assertThatThrownBy(() -> agency.register(INCOMPLETE, MANAGER))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("agency.register.checklistIncomplete");
				assertThat(ex.arguments()).containsExactly("反社会的勢力でないことの誓約、拠点の事前登録要件説明会に参加");
			});
		assertThat(agency.getStatus()).isEqualTo(AgencyStatus.APPLIED);
		assertThat(agency.history()).hasSize(1);
	}

	@Test
	void suspendsResumesAndRevokesARegisteredAgencyRecordingEachChange() {
		RecruitmentAgency agency = registered();
		agency.suspend("報告待ち", MANAGER);
		assertThat(agency.getStatus()).isEqualTo(AgencyStatus.SUSPENDED);
		agency.resume(MANAGER);
		assertThat(agency.getStatus()).isEqualTo(AgencyStatus.REGISTERED);
		agency.revoke("許可の取消し", MANAGER);
		assertThat(agency.getStatus()).isEqualTo(AgencyStatus.REVOKED);
		assertThat(agency.history()).extracting(StatusChangeView::to)
			.containsExactly(AgencyStatus.APPLIED, AgencyStatus.REGISTERED, AgencyStatus.SUSPENDED,
					AgencyStatus.REGISTERED, AgencyStatus.REVOKED);
		assertThat(agency.history()).extracting(StatusChangeView::reason)
			.containsExactly(null, null, "報告待ち", null, "許可の取消し");
	}

	@Test
	void rejectsOrWithdrawsAnApplicationByRevokingIt() {
		RecruitmentAgency agency = applied();
		agency.revoke("申請の取下げ", MANAGER);
		assertThat(agency.getStatus()).isEqualTo(AgencyStatus.REVOKED);
	}

	@Test
	void refusesTransitionsTheStatusDoesNotAllow() {
		assertIllegal(applied(), a -> a.suspend("理由", MANAGER));
		assertIllegal(applied(), a -> a.resume(MANAGER));
		assertIllegal(registered(), a -> a.register(COMPLETE, MANAGER));
		assertIllegal(registered(), a -> a.resume(MANAGER));
		RecruitmentAgency suspended = registered();
		suspended.suspend("理由", MANAGER);
		assertIllegal(suspended, a -> a.register(COMPLETE, MANAGER));
		assertIllegal(suspended, a -> a.suspend("理由", MANAGER));
	}

	@Test
	void revokedIsFinal() {
		RecruitmentAgency agency = registered();
		agency.revoke("取消", MANAGER);
		assertIllegal(agency, a -> a.register(COMPLETE, MANAGER));
		assertIllegal(agency, a -> a.resume(MANAGER));
		assertIllegal(agency, a -> a.suspend("理由", MANAGER));
		assertIllegal(agency, a -> a.revoke("再度", MANAGER));
		assertThat(AgencyTransition.availableFrom(AgencyStatus.REVOKED)).isEmpty();
	}

	@Test
	void suspensionAndRevocationNeedAReason() {
		RecruitmentAgency agency = registered();
		assertThatThrownBy(() -> agency.suspend("  ", MANAGER)).isInstanceOfSatisfying(BusinessRuleException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("agency.status.reasonRequired"));
		assertThatThrownBy(() -> agency.revoke(null, MANAGER)).isInstanceOfSatisfying(BusinessRuleException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("agency.status.reasonRequired"));
		assertThat(agency.getStatus()).isEqualTo(AgencyStatus.REGISTERED);
	}

	@Test
	void offersTheButtonsOfEachStatus() {
		assertThat(AgencyTransition.availableFrom(AgencyStatus.APPLIED)).containsExactly(AgencyTransition.REGISTER,
				AgencyTransition.REVOKE);
		assertThat(AgencyTransition.availableFrom(AgencyStatus.REGISTERED)).containsExactly(AgencyTransition.SUSPEND,
				AgencyTransition.REVOKE);
		assertThat(AgencyTransition.availableFrom(AgencyStatus.SUSPENDED)).containsExactly(AgencyTransition.RESUME,
				AgencyTransition.REVOKE);
	}

	@Test
	void refusesAnAgreementThatEndsBeforeItStarts() {
		var details = AgencyMother.agency().agreedUntil(java.time.LocalDate.of(2027, 3, 31)).build();
		var backwards = new AgencyDetails(details.name(), null, null, details.licenceNumber(),
				java.time.LocalDate.of(2027, 4, 1), java.time.LocalDate.of(2027, 3, 31), details.employmentForms(),
				details.jobCategories(), details.industries(), details.prefectureCodes(), null, null, null, null, null,
				null);
		assertThatThrownBy(() -> new RecruitmentAgency(1, backwards, MANAGER)).isInstanceOfSatisfying(
				BusinessRuleException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("agency.agreementEnd.beforeStart"));
	}

	@Test
	void normalisesLicenceNumbersTypedInFullWidthOrWithoutHyphens() {
		assertThat(LicenceNumber.normalize("４３－ユ－３００１２３")).isEqualTo("43-ユ-300123");
		assertThat(LicenceNumber.normalize("43-ﾕ-300123")).isEqualTo("43-ユ-300123");
		assertThat(LicenceNumber.normalize("43ユ300123")).isEqualTo("43-ユ-300123");
		assertThat(LicenceNumber.normalize("43ーユー300123")).isEqualTo("43-ユ-300123");
		assertThat(LicenceNumber.normalize(" 43-A-300123 ")).isEqualTo("43-A-300123");
		assertThat("43-ユ-300123").matches(LicenceNumber.PATTERN);
		assertThat("48-ユ-300123").doesNotMatch(LicenceNumber.PATTERN);
		assertThat("43-ユ-30012").doesNotMatch(LicenceNumber.PATTERN);
	}

	@Test
	void checksTheCheckDigitOfCorporateNumbers() {
		assertThat(CorporateNumber.Validator.isValid("7000012050002")).isTrue();
		assertThat(CorporateNumber.Validator.isValid("1000012050002")).isFalse();
		assertThat(CorporateNumber.Validator.isValid("700001205000")).isFalse();
	}

	@Test
	void codePatternsNameEveryCode() {
		for (EmploymentForm f : EmploymentForm.values()) {
			assertThat(f.name()).matches(EmploymentForm.CODES);
		}
		for (JobCategory c : JobCategory.values()) {
			assertThat(c.name()).matches(JobCategory.CODES);
		}
		assertThat(EmploymentForm.CODES.split("\\|")).hasSize(EmploymentForm.values().length);
		assertThat(JobCategory.CODES.split("\\|")).hasSize(JobCategory.values().length);
	}

	private static void assertIllegal(RecruitmentAgency agency, java.util.function.Consumer<RecruitmentAgency> change) {
		AgencyStatus before = agency.getStatus();
		int historyBefore = agency.history().size();
		assertThatThrownBy(() -> change.accept(agency)).isInstanceOfSatisfying(BusinessRuleException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("agency.status.illegal"));
		assertThat(agency.getStatus()).isEqualTo(before);
		assertThat(agency.history()).hasSize(historyBefore);
	}

	/** As saved: the events carry the agency's id. */
	private static RecruitmentAgency applied() {
		RecruitmentAgency agency = new RecruitmentAgency(1, AgencyMother.agency().build(), ActingStaff.NOBODY);
		ReflectionTestUtils.setField(agency, "id", 42L);
		return agency;
	}

	private static RecruitmentAgency registered() {
		RecruitmentAgency agency = applied();
		agency.register(COMPLETE, MANAGER);
		return agency;
	}

	private static ChecklistItem item(long id, String label, boolean satisfied) {
		return new ChecklistItem(id, label, null, satisfied, satisfied ? Instant.now() : null, null, null);
	}

}
