package jp.kyoten.portal;

import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.activity.Consultations;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.directory.Companies;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.ActingUser;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * Writes success stories: the text staff write from a placement or a support case, the
 * company's consent to publication, publication itself (refused without consent), and
 * photos with their alt text. Withdrawing the consent takes the story off the public site
 * at once.
 */
@Service
@Transactional
class WriteSuccessStory {

	private final JdbcClient jdbc;

	private final SuccessStories stories;

	private final Companies companies;

	private final Consultations consultations;

	private final PortalSettings settings;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	WriteSuccessStory(JdbcClient jdbc, SuccessStories stories, Companies companies, Consultations consultations,
			PortalSettings settings, AuditTrail audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.stories = stories;
		this.companies = companies;
		this.consultations = consultations;
		this.settings = settings;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * @throws RecordNotFoundException when the company or the consultation is not the
	 * hub's
	 * @throws BusinessRuleException when the source is not named or the consultation is
	 * another company's
	 */
	long create(StoryDetails d) {
		checkSource(d);
		long id = placementChecked(d, () -> jdbc.sql("""
				INSERT INTO success_story (hub_id, title, source_kind, company_id, consultation_id, placement_id,
				       public_company_name, industry, job_category, employment_form, summary, body)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(HubScope.require(), d.title(), d.source().name(), d.companyId(), d.consultationId(),
					d.placementId(), d.publicCompanyName(), d.industry(), code(d.jobCategory()),
					code(d.employmentForm()), d.summary(), d.body())
			.query(Long.class)
			.single());
		audit.created("success_story", id, d.title());
		return id;
	}

	void update(long id, int expectedVersion, StoryDetails d) {
		stories.get(id);
		checkSource(d);
		int updated = placementChecked(d, () -> jdbc.sql("""
				UPDATE success_story SET title = ?, source_kind = ?, company_id = ?, consultation_id = ?,
				       placement_id = ?, public_company_name = ?, industry = ?, job_category = ?, employment_form = ?,
				       summary = ?, body = ?, updated_at = now(), version = version + 1
				 WHERE id = ? AND version = ?""")
			.params(d.title(), d.source().name(), d.companyId(), d.consultationId(), d.placementId(),
					d.publicCompanyName(), d.industry(), code(d.jobCategory()), code(d.employmentForm()), d.summary(),
					d.body(), id, expectedVersion)
			.update());
		if (updated == 0) {
			throw new BusinessRuleException("error.optimisticLock");
		}
		audit.updated("success_story", id, d.title());
		changed();
	}

	/** Records who at the company agreed, when, and what may be shown. */
	void recordConsent(long id, String givenBy, LocalDate givenOn, String scope, boolean photos) {
		stories.get(id);
		jdbc.sql("""
				UPDATE success_story SET consent_given_by = ?, consent_given_on = ?, consent_scope = ?,
				       consent_photos = ?, consent_recorded_by = ?, consent_recorded_at = now(), updated_at = now(),
				       version = version + 1 WHERE id = ?""")
			.params(givenBy, givenOn, scope, photos, ActingUser.email(), id)
			.update();
		audit.updated("success_story", id, "掲載の同意を記録: " + givenBy + " " + givenOn);
		changed();
	}

	/**
	 * The company took its consent back: the consent is erased and the story leaves the
	 * public site.
	 */
	void withdrawConsent(long id) {
		stories.get(id);
		jdbc.sql("""
				UPDATE success_story SET consent_given_by = NULL, consent_given_on = NULL, consent_scope = NULL,
				       consent_photos = false, consent_recorded_by = NULL, consent_recorded_at = NULL,
				       published = false, updated_at = now(), version = version + 1 WHERE id = ?""").param(id).update();
		audit.updated("success_story", id, "同意の撤回により非公開");
		changed();
	}

	/**
	 * @throws BusinessRuleException {@code story.publish.noConsent} when the company's
	 * consent is not recorded
	 */
	void publish(long id) {
		SuccessStoryView story = stories.get(id);
		if (!story.consented()) {
			throw new BusinessRuleException("story.publish.noConsent");
		}
		jdbc.sql("""
				UPDATE success_story SET published = true, published_at = coalesce(published_at, now()),
				       updated_at = now(), version = version + 1 WHERE id = ?""").param(id).update();
		audit.updated("success_story", id, "公開");
		changed();
	}

	void unpublish(long id) {
		stories.get(id);
		jdbc.sql("UPDATE success_story SET published = false, updated_at = now(), version = version + 1 WHERE id = ?")
			.param(id)
			.update();
		audit.updated("success_story", id, "非公開");
		changed();
	}

	/**
	 * @throws BusinessRuleException {@code story.photo.type} unless the bytes are a JPEG,
	 * PNG or WebP image, {@code story.photo.size} when larger than the limit,
	 * {@code story.photo.alt} without an alt text
	 */
	/**
	 * Reads at most one byte more than the largest photo allowed, whatever size the
	 * upload claims: an oversized file is refused without ever being held in memory.
	 */
	long addPhoto(long storyId, org.springframework.core.io.InputStreamSource photo, String altText) {
		byte[] bytes;
		try (java.io.InputStream in = photo.getInputStream()) {
			bytes = in.readNBytes(Math.toIntExact(Math.min(Integer.MAX_VALUE - 8, settings.photoMaxBytes() + 1)));
		}
		catch (java.io.IOException ex) {
			throw new BusinessRuleException("story.photo.size", settings.photoMaxBytes() / 1024 / 1024);
		}
		return addPhoto(storyId, bytes, altText);
	}

	long addPhoto(long storyId, byte[] bytes, String altText) {
		stories.get(storyId);
		if (altText == null || altText.isBlank()) {
			throw new BusinessRuleException("story.photo.alt");
		}
		if (bytes == null || bytes.length == 0 || bytes.length > settings.photoMaxBytes()) {
			throw new BusinessRuleException("story.photo.size", settings.photoMaxBytes() / 1024 / 1024);
		}
		ImageType type = ImageType.detect(bytes).orElseThrow(() -> new BusinessRuleException("story.photo.type"));
		long id = jdbc.sql("""
				INSERT INTO success_story_photo (hub_id, story_id, content_type, data, byte_size, alt_text)
				VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(HubScope.require(), storyId, type.contentType(), bytes, bytes.length, altText.strip())
			.query(Long.class)
			.single();
		audit.updated("success_story", storyId, "写真 " + id + " を追加");
		changed();
		return id;
	}

	void removePhoto(long storyId, long photoId) {
		stories.get(storyId);
		int removed = jdbc.sql("DELETE FROM success_story_photo WHERE id = ? AND story_id = ?")
			.params(photoId, storyId)
			.update();
		if (removed == 0) {
			throw new RecordNotFoundException("success_story_photo", photoId);
		}
		audit.updated("success_story", storyId, "写真 " + photoId + " を削除");
		changed();
	}

	private void checkSource(StoryDetails d) {
		if (companies.find(d.companyId()).isEmpty()) {
			throw new RecordNotFoundException("company", d.companyId());
		}
		if (d.consultationId() != null) {
			var consultation = consultations.find(d.consultationId())
				.orElseThrow(() -> new RecordNotFoundException("consultation", d.consultationId()));
			if (consultation.companyId() != d.companyId()) {
				throw new BusinessRuleException("story.source.otherCompany");
			}
		}
		if (d.source() == StorySource.SUPPORT_CASE && d.consultationId() == null) {
			throw new BusinessRuleException("story.source.consultationMissing");
		}
		if (d.source() == StorySource.PLACEMENT && d.placementId() == null) {
			throw new BusinessRuleException("story.source.placementMissing");
		}
	}

	/**
	 * The placement is the matching module's: its foreign key (with the hub) tells
	 * whether the hub has it.
	 */
	private static <T> T placementChecked(StoryDetails d, java.util.function.Supplier<T> write) {
		try {
			return write.get();
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			throw new RecordNotFoundException("placement", d.placementId());
		}
	}

	private void changed() {
		events.publishEvent(new PortalContentChanged(HubScope.require()));
	}

	private static String code(Enum<?> e) {
		return e == null ? null : e.name();
	}

}
