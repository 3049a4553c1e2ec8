package jp.kyoten.institution;

import java.time.Instant;

/** A support institution as other modules, pages and the JSON API see it. */
public record InstitutionView(long id, String name, String nameKana, InstitutionKind kind, String branch,
		String postalCode, String address, String phone, String url, String notes, boolean active, Instant createdAt,
		Instant updatedAt, int version) {

	/** Name with branch, as people say it: 「日本政策金融公庫 熊本支店」. */
	public String displayName() {
		return branch == null ? name : name + " " + branch;
	}

	public boolean financial() {
		return kind.isFinancial();
	}

}
