package jp.kyoten.events;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.identity.CurrentUser;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * 配付資料: files attached to an event (councils above all). Only PDF, Word, Excel,
 * PowerPoint, PNG and JPEG are taken, recognised by their first bytes as well as by their
 * name, up to {@code kyoten.events.max-handout-bytes}; the name is reduced to its last
 * path segment without control characters.
 */
@Service
@Transactional
class KeepHandouts {

	record Handout(String filename, String contentType, byte[] data) {
	}

	static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "docx",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "xlsx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "pptx",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation", "png", "image/png", "jpg",
			"image/jpeg", "jpeg", "image/jpeg");

	private final JdbcClient jdbc;

	private final Events events;

	private final EventSettings settings;

	private final AuditTrail audit;

	KeepHandouts(JdbcClient jdbc, Events events, EventSettings settings, AuditTrail audit) {
		this.jdbc = jdbc;
		this.events = events;
		this.settings = settings;
		this.audit = audit;
	}

	int maxBytes() {
		return settings.maxHandoutBytes();
	}

	/**
	 * @throws BusinessRuleException {@code handout.empty}, {@code handout.tooLarge} or
	 * {@code handout.type}
	 */
	long upload(long eventId, String originalName, byte[] data) {
		events.get(eventId);
		if (data == null || data.length == 0) {
			throw new BusinessRuleException("handout.empty");
		}
		if (data.length > settings.maxHandoutBytes()) {
			throw new BusinessRuleException("handout.tooLarge", settings.maxHandoutBytes() / 1024 / 1024);
		}
		String name = cleanName(originalName);
		String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		String type = TYPES.get(ext);
		if (type == null || !matchesContent(ext, data)) {
			throw new BusinessRuleException("handout.type");
		}
		long id = jdbc.sql("""
				INSERT INTO event_handout (hub_id, event_id, filename, content_type, size_bytes, data, uploaded_by)
				VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(HubScope.require(), eventId, name, type, data.length, data,
					CurrentUser.get().map(KyotenUser::userId).orElse(null))
			.query(Long.class)
			.single();
		audit.created("event_handout", id, name);
		return id;
	}

	@Transactional(readOnly = true)
	Optional<Handout> download(long eventId, long handoutId) {
		return jdbc.sql("SELECT filename, content_type, data FROM event_handout WHERE id = ? AND event_id = ?")
			.params(handoutId, eventId)
			.query((rs, n) -> new Handout(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	void delete(long eventId, long handoutId) {
		if (jdbc.sql("DELETE FROM event_handout WHERE id = ? AND event_id = ?")
			.params(handoutId, eventId)
			.update() == 0) {
			throw new RecordNotFoundException("handout", handoutId);
		}
		audit.deleted("event_handout", handoutId, null);
	}

	static String cleanName(String original) {
		String name = original == null ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty() || name.startsWith(".")) {
			name = "handout" + name;
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	static boolean matchesContent(String ext, byte[] d) {
		return switch (ext) {
			case "pdf" -> starts(d, 0x25, 0x50, 0x44, 0x46);
			case "docx", "xlsx", "pptx" -> starts(d, 0x50, 0x4B, 0x03, 0x04);
			case "png" -> starts(d, 0x89, 0x50, 0x4E, 0x47);
			case "jpg", "jpeg" -> starts(d, 0xFF, 0xD8, 0xFF);
			default -> false;
		};
	}

	private static boolean starts(byte[] d, int... magic) {
		if (d.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((d[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
