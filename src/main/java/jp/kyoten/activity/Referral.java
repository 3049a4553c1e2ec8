package jp.kyoten.activity;

/**
 * Who sent the company: a support institution of the hub's registry, or one of the other
 * sources — never both. Talent needs inherit it from their consultation, and KPI 4 asks
 * whether the institution is a financial one.
 */
public record Referral(Long institutionId, ReferralSource source) {

	public static final Referral NONE = new Referral(null, null);

	public Referral {
		if (institutionId != null && source != null) {
			throw new IllegalArgumentException("a referral names an institution or a source, not both");
		}
	}

	public static Referral institution(long id) {
		return new Referral(id, null);
	}

	public static Referral source(ReferralSource source) {
		return new Referral(null, source);
	}

	public boolean isInstitution() {
		return institutionId != null;
	}

}
