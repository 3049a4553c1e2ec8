package jp.kyoten.portal;

import java.time.Instant;

/**
 * The hub's site as staff see it: the draft they edit, what is published (null before the
 * first publication), the version of the published privacy notice, and whether the draft
 * differs from what the public sees.
 */
record SiteView(SiteContent draft, SiteContent published, int privacyVersion, Instant publishedAt, int version) {

	public boolean unpublishedChanges() {
		return published == null || !published.equals(draft);
	}

}
