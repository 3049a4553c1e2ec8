package jp.kyoten.platform;

/**
 * A record that does not exist, or that the caller's hub cannot see: both answer 404 so
 * that another hub's ids reveal nothing.
 */
public class RecordNotFoundException extends RuntimeException {

	private final String recordType;

	private final Object id;

	public RecordNotFoundException(String recordType, Object id) {
		super(recordType + " " + id + " not found");
		this.recordType = recordType;
		this.id = id;
	}

	public String recordType() {
		return recordType;
	}

	public Object id() {
		return id;
	}

}
