package jp.kyoten.national;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.identity.Role;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.demo.DemoLogin;
import jp.kyoten.platform.demo.DemoSeed;

/**
 * The national level's demo (ADR 249): once every hub has its rows, the viewers of 内閣府,
 * よろず全国本部 and 九州経済産業局, and the national figures refreshed once, as the scheduled refresh
 * would. Last of the seeds, for it counts what the others made.
 */
@Component
@Order(1000)
class NationalDemoViewers implements DemoSeed {

	record Viewer(String email, String name, String body) {
	}

	static final List<Viewer> VIEWERS = List.of(new Viewer("national@kyoten.demo", "内閣府 地方創生推進室 担当", "cabinet-office"),
			new Viewer("yorozu-hq@kyoten.demo", "よろず支援拠点全国本部 担当", "yorozu-hq"),
			new Viewer("meti-kyushu@kyoten.demo", "九州経済産業局 担当", "meti-kyushu"));

	private final UserAccounts accounts;

	private final NationalBodies bodies;

	private final RefreshNationalFigures refresh;

	private final TransactionTemplate tx;

	NationalDemoViewers(UserAccounts accounts, NationalBodies bodies, RefreshNationalFigures refresh,
			TransactionTemplate tx) {
		this.accounts = accounts;
		this.bodies = bodies;
		this.refresh = refresh;
		this.tx = tx;
	}

	@Override
	public void seedLast(String password) {
		tx.executeWithoutResult(status -> {
			for (Viewer v : VIEWERS) {
				accounts.createIfAbsent(null, v.email(), v.name(), Role.NATIONAL_VIEWER, password)
					.ifPresent(id -> bodies.assignViewer(id, v.body()));
			}
		});
		refresh.refreshAll();
	}

	@Override
	public List<DemoLogin> logins() {
		return VIEWERS.stream().map(v -> new DemoLogin(v.email(), Role.NATIONAL_VIEWER + ", " + v.body())).toList();
	}

}
