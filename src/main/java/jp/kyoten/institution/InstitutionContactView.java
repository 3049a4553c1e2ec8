package jp.kyoten.institution;

/** A contact person at a support institution: personal data, its display is audited. */
public record InstitutionContactView(long id, long institutionId, String name, String nameKana, String department,
		String title, String email, String phone) {
}
