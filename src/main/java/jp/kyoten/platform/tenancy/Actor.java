package jp.kyoten.platform.tenancy;

/**
 * Who is acting: implemented by the signed-in principal so that the audit trail and the
 * data layer can name the actor without depending on the identity module.
 */
public interface Actor extends HubMember {

	long userId();

	String email();

}
