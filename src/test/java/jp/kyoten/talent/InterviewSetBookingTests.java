package jp.kyoten.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.platform.time.HubTime;

/**
 * No interview set books a talent or a company twice in a slot — by the rule in the
 * database, also under a race.
 */
@KyotenSpringTest
class InterviewSetBookingTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	TalentFixture fx;

	long event;

	long companyA;

	long companyB;

	long talentX;

	long talentY;

	@BeforeEach
	void event() {
		fx = TalentFixture.of(context);
		event = fx.matchingEvent(LocalDate.now(HubTime.ZONE).plusDays(3));
		companyA = fx.need(event, fx.company(event, TalentFixture.unique("予約甲株式会社"), true), List.of());
		companyB = fx.need(event, fx.company(event, TalentFixture.unique("予約乙株式会社"), true), List.of());
		talentX = fx.talent(TalentKind.FOREIGN, true, List.of());
		talentY = fx.talent(TalentKind.FOREIGN, true, List.of());
		fx.participant(event, talentX);
		fx.participant(event, talentY);
	}

	@Test
	void refusesATalentInTwoInterviewsOfOneSlot() {
		fx.set(event, companyA, talentX, 0);

		assertThatThrownBy(() -> fx.set(event, companyB, talentX, 0)).isInstanceOf(BusinessRuleException.class)
			.hasMessage("interviewSet.talentBusy");
		assertThat(fx.set(event, companyB, talentX, 1)).isPositive();
	}

	@Test
	void refusesACompanyInTwoInterviewsOfOneSlotAndAPairTwice() {
		fx.set(event, companyA, talentX, 0);

		assertThatThrownBy(() -> fx.set(event, companyA, talentY, 0)).isInstanceOf(BusinessRuleException.class)
			.hasMessage("interviewSet.companyBusy");
		assertThatThrownBy(() -> fx.set(event, companyA, talentX, 3)).isInstanceOf(BusinessRuleException.class)
			.hasMessage("interviewSet.pairExists");
	}

	@Test
	void refusesASlotOutsideTheEvent() {
		// 13:00–17:00 in slots of 30 minutes: 0 to 7
		assertThatThrownBy(() -> fx.set(event, companyA, talentX, 8)).isInstanceOf(BusinessRuleException.class)
			.hasMessage("interviewSet.slotInvalid");
	}

	/**
	 * Two staff book the same talent into the same slot at the same moment, for two
	 * companies: one of them wins.
	 */
	@Test
	void letsOnlyOneOfTwoConcurrentRequestsBookTheSameTalent() throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> outcomes = new ArrayList<>();
			for (long company : new long[] { companyA, companyB }) {
				outcomes.add(pool.submit(() -> HubScope.callAs(fx.hubId, () -> {
					try {
						return fx.tx.execute(s -> {
							await(start);
							fx.sets.plan(event, company, talentX, 2, false);
							return "booked";
						});
					}
					catch (BusinessRuleException ex) {
						return ex.messageKey();
					}
				})));
			}
			List<String> results = new ArrayList<>();
			for (Future<String> f : outcomes) {
				results.add(f.get(30, TimeUnit.SECONDS));
			}
			assertThat(results).containsExactlyInAnyOrder("booked", "interviewSet.talentBusy");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(fx.inHub(() -> fx.jdbc.sql("SELECT count(*) FROM interview_set WHERE event_id = ? AND talent_id = ?")
			.params(event, talentX)
			.query(Integer.class)
			.single())).isEqualTo(1);
	}

	/**
	 * The rule is the database's own: a write past the application meets the unique index
	 * too.
	 */
	@Test
	void keepsTheRuleInTheDatabase() {
		fx.set(event, companyA, talentX, 4);

		assertThatThrownBy(() -> fx.runInHub(() -> fx.jdbc.sql("""
				INSERT INTO interview_set (hub_id, event_id, matching_company_id, talent_id, slot)
				VALUES (?, ?, ?, ?, 4)""").params(fx.hubId, event, companyB, talentX).update()))
			.isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	void plansSetsAndRecordsResultsThroughTheApiAndRefusesADoubleBookingWithConflict() throws Exception {
		String path = "/api/v1/matching-events/" + event + "/interview-sets";
		mvc.perform(post(path).with(logins.as(fx.coordinatorEmail))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"companyId\":" + companyA + ",\"talentId\":" + talentX + ",\"slot\":5}"))
			.andExpect(status().isCreated());
		mvc.perform(post(path).with(logins.as(fx.coordinatorEmail))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"companyId\":" + companyB + ",\"talentId\":" + talentX + ",\"slot\":5}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("この人材はその時間に別の面接が入っています。"));
		long set = fx.inHub(() -> fx.jdbc.sql("SELECT id FROM interview_set WHERE event_id = ?")
			.param(event)
			.query(Long.class)
			.single());
		mvc.perform(put(path + "/" + set + "/result").with(logins.as(fx.coordinatorEmail))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"result\":\"OFFER\",\"on\":\"" + LocalDate.now(HubTime.ZONE) + "\"}"))
			.andExpect(status().isNoContent());
		mvc.perform(get(path).with(logins.as(fx.coordinatorEmail)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].result").value("OFFER"))
			.andExpect(jsonPath("$[0].slot").value(5));
		mvc.perform(get(path).with(logins.as(DemoLogins.FUKUOKA_MANAGER))).andExpect(status().isNotFound());
		mvc.perform(get(path).with(logins.as("agency@kumamoto.demo"))).andExpect(status().isForbidden());
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
