package jp.kyoten.agency;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * What staff enter about an agency. Blanks become {@code null}; the strengths are copied
 * in code order, and prefecture codes and JSIC divisions sorted.
 */
record AgencyDetails(String name, String nameKana, String corporateNumber, String licenceNumber,
		LocalDate agreementDate, LocalDate agreementEnd, Set<EmploymentForm> employmentForms,
		Set<JobCategory> jobCategories, List<String> industries, List<String> prefectureCodes, String description,
		String website, String phone, String email, String address, String notes) {

	public AgencyDetails {
		name = Objects.requireNonNull(FormText.trimmed(name), "name");
		licenceNumber = Objects.requireNonNull(LicenceNumber.normalize(licenceNumber), "licenceNumber");
		nameKana = FormText.trimmed(nameKana);
		corporateNumber = FormText.halfWidth(corporateNumber);
		employmentForms = copy(employmentForms, EmploymentForm.class);
		jobCategories = copy(jobCategories, JobCategory.class);
		industries = sorted(industries);
		prefectureCodes = sorted(prefectureCodes);
		description = FormText.trimmed(description);
		website = FormText.trimmed(website);
		phone = FormText.halfWidth(phone);
		email = FormText.halfWidth(email);
		address = FormText.trimmed(address);
		notes = FormText.trimmed(notes);
	}

	private static <E extends Enum<E>> Set<E> copy(Collection<E> values, Class<E> type) {
		EnumSet<E> set = EnumSet.noneOf(type);
		if (values != null) {
			values.stream().filter(Objects::nonNull).forEach(set::add);
		}
		return java.util.Collections.unmodifiableSet(set);
	}

	private static List<String> sorted(Collection<String> values) {
		return values == null ? List.of() : List
			.copyOf(new TreeSet<>(values.stream().map(FormText::halfWidth).filter(Objects::nonNull).toList()));
	}

}
