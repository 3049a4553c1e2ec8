package jp.kyoten.platform;

/**
 * A request that breaks a business rule (an illegal status change, a duplicate). Carries
 * a message key so that the user is told why in their language; answered with 409 by the
 * API.
 */
public class BusinessRuleException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public BusinessRuleException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments;
	}

}
