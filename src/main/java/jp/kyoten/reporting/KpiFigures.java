package jp.kyoten.reporting;

import jp.kyoten.hub.Kpi;

/**
 * The five KPIs counted over some period (a month, a fiscal year, the months of a year so
 * far).
 */
public record KpiFigures(int consultations, int placements, int digitalPlacements, int financialReferralPlacements,
		int sideJobNewCompanyPlacements) {

	public static final KpiFigures ZERO = new KpiFigures(0, 0, 0, 0, 0);

	public int get(Kpi kpi) {
		return switch (kpi) {
			case CONSULTATIONS -> consultations;
			case PLACEMENTS -> placements;
			case DIGITAL_PLACEMENTS -> digitalPlacements;
			case FINANCIAL_REFERRAL_PLACEMENTS -> financialReferralPlacements;
			case SIDE_JOB_NEW_COMPANY_PLACEMENTS -> sideJobNewCompanyPlacements;
		};
	}

	public KpiFigures plus(KpiFigures o) {
		return new KpiFigures(consultations + o.consultations, placements + o.placements,
				digitalPlacements + o.digitalPlacements, financialReferralPlacements + o.financialReferralPlacements,
				sideJobNewCompanyPlacements + o.sideJobNewCompanyPlacements);
	}

}
