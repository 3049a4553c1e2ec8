package jp.kyoten.matching;

import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;

/**
 * What a needs list asks for; every part is optional. {@code open} keeps the needs still
 * being worked on.
 */
public record NeedFilter(NeedStatus status, Boolean open, JobCategory jobCategory, EmploymentForm employmentForm,
		Boolean digital, Boolean cxo, Long companyId, String text) {

	public static NeedFilter none() {
		return new NeedFilter(null, null, null, null, null, null, null, null);
	}

}
