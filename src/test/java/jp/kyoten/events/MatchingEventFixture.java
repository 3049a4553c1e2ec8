package jp.kyoten.events;

import java.time.LocalDate;
import java.util.EnumSet;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.time.HubTime;

/**
 * Matching events (kind MATCHING) for the talent module's tests, planned through the
 * events module's use case.
 */
public final class MatchingEventFixture {

	private final PlanEvent plan;

	private final TransactionTemplate tx;

	private MatchingEventFixture(PlanEvent plan, TransactionTemplate tx) {
		this.plan = plan;
		this.tx = tx;
	}

	public static MatchingEventFixture of(ApplicationContext ctx) {
		return new MatchingEventFixture(ctx.getBean(PlanEvent.class), ctx.getBean(TransactionTemplate.class));
	}

	/**
	 * A published matching event of the hub on {@code day}, 13:00–17:00 (eight slots of
	 * 30 minutes).
	 */
	public long published(long hubId, String title, LocalDate day) {
		return HubScope.callAs(hubId, () -> tx.execute(s -> {
			long id = plan.create(new EventDetails(title, EventKind.MATCHING, "試験マッチング",
					day.atTime(13, 0).atZone(HubTime.ZONE).toInstant(),
					day.atTime(17, 0).atZone(HubTime.ZONE).toInstant(), "福岡市 博多駅前会議室", null, 60,
					EnumSet.of(Audience.COMPANY, Audience.TALENT), "面接会", null, null, null, null));
			plan.advance(id, EventState.APPROVED);
			plan.advance(id, EventState.PUBLISHED);
			return id;
		}));
	}

}
