package jp.kyoten.finance;

/**
 * A person on the hub's books: post, how paid, and the rate (yen per hour, or per 事案 tax
 * excluded).
 */
public record StaffView(long id, String name, StaffPost post, PayBasis payBasis, long rate) {

	public ExpenseCategory category() {
		return post.category(payBasis);
	}

}
