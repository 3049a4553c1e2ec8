package jp.kyoten.matching;

/**
 * What a hand-off list asks for; every part is optional. {@code open} keeps those not yet
 * closed.
 */
public record HandOffFilter(Long needId, Long companyId, Long agencyId, HandOffStatus status, Boolean open) {

	public static HandOffFilter none() {
		return new HandOffFilter(null, null, null, null, null);
	}

}
