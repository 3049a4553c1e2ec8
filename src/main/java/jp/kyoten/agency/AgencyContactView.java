package jp.kyoten.agency;

/** A contact person at an agency: personal data, its display is audited. */
public record AgencyContactView(long id, long agencyId, String name, String nameKana, String department, String title,
		String email, String phone) {
}
