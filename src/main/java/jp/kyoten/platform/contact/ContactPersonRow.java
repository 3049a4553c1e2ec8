package jp.kyoten.platform.contact;

/**
 * A contact person as kept: its id, what is known, and the version its next change must
 * name (personal data: showing it is audited by the page that does).
 */
public record ContactPersonRow(long id, ContactPerson person, long version) {
}
