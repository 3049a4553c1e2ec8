package jp.kyoten.directory;

/**
 * What {@link Companies#matchOrRegister} found or created for a person who named their
 * company (an event registration, a portal form): the company and the contact, and
 * whether each was new.
 */
public record CompanyMatch(long companyId, long contactId, boolean companyCreated, boolean contactCreated) {

}
