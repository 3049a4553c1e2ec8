package jp.kyoten.finance;

import java.util.concurrent.atomic.AtomicLong;

import jp.kyoten.DemoLogins;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.UserAccounts;

/**
 * A hub of its own for each finance test, with a manager, a prefecture officer and a
 * coordinator: the books of one test never meet another's, and months closed by one test
 * stay out of the others' way.
 */
final class FinanceFixture {

	private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	/** A PDF's first bytes: enough for the content check, which reads nothing further. */
	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

	record TestHub(long id, String slug, String manager, String officer, String coordinator) {
	}

	private FinanceFixture() {
	}

	static TestHub hub(Hubs hubs, UserAccounts accounts, HubKind kind) {
		long n = NEXT.incrementAndGet();
		String slug = "finance-" + n;
		long id = hubs.create(slug, "経費試験拠点", kind, "46").getId();
		String manager = "finance-manager-" + n + "@test.example";
		String officer = "finance-officer-" + n + "@test.example";
		String coordinator = "finance-coordinator-" + n + "@test.example";
		accounts.createIfAbsent(id, manager, "経費 管理者", Role.HUB_MANAGER, DemoLogins.PASSWORD);
		accounts.createIfAbsent(id, officer, "県 担当者", Role.PREFECTURE_OFFICER, DemoLogins.PASSWORD);
		accounts.createIfAbsent(id, coordinator, "経費 調整員", Role.COORDINATOR, DemoLogins.PASSWORD);
		return new TestHub(id, slug, manager, officer, coordinator);
	}

}
