package jp.kyoten.directory;

import java.time.Instant;

/** A contact as pages and the API show it. */
public record ContactView(long id, long companyId, String name, String nameKana, String department, String title,
		String email, String phone, String notes, long version, Instant updatedAt, String updatedBy) {
}
