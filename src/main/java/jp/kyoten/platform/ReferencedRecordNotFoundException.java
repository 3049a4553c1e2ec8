package jp.kyoten.platform;

/**
 * A request names another record (a company, a consultation, an event) that does not
 * exist or that the caller's hub cannot see. Answered like any missing record (404, so
 * another hub's ids reveal nothing), but with a message that says which field names it,
 * so that a form can show it beside that field.
 */
public class ReferencedRecordNotFoundException extends RecordNotFoundException {

	private final String field;

	private final String messageKey;

	public ReferencedRecordNotFoundException(String recordType, Object id, String field, String messageKey) {
		super(recordType, id);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

}
