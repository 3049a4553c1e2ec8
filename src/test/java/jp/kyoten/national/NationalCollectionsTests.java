package jp.kyoten.national;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.KyotenSpringTest;
import jp.kyoten.activity.ConsentForm;
import jp.kyoten.activity.ConsultationRecords;
import jp.kyoten.activity.PolicyArea;
import jp.kyoten.hub.Hub;
import jp.kyoten.hub.HubKind;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The よろず HQ collects the よろず hubs' consented support records and nothing else, and no
 * other body receives a record even when it oversees the hub; a METI bureau reads its
 * programmes' figures.
 */
@KyotenSpringTest
class NationalCollectionsTests extends NationalTestSupport {

	@Autowired
	ConsultationRecords records;

	@Autowired
	NationalBodies bodies;

	@Autowired
	TransactionTemplate tx;

	@Test
	void theYorozuHeadquartersCollectsOnlyTheConsentedRecords() throws Exception {
		YorozuHub hub = yorozuHub();
		String csv = body(
				mvc.perform(get("/national/yorozu-records/export?format=csv&month=2026-06").with(logins.as(YOROZU_HQ)))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(csv).contains(hub.consenting, "共有に同意した相談").doesNotContain(hub.refusing, "同意のない相談");
		String page = body(mvc.perform(get("/national/yorozu-records?month=2026-06").with(logins.as(YOROZU_HQ)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page).contains(hub.name).doesNotContain(hub.consenting, hub.refusing);
		assertThat(body(
				mvc.perform(get("/national/kpis").with(logins.as(YOROZU_HQ))).andExpect(status().isOk()).andReturn()))
			.contains("link-yorozu-records");
	}

	@Test
	void noOtherBodyReceivesASupportRecordEvenWhenItOverseesTheHub() throws Exception {
		YorozuHub hub = yorozuHub();
		for (String user : List.of(CABINET, METI_KYUSHU, "officer@kumamoto.demo")) {
			for (String path : List.of("/national/yorozu-records?month=2026-06",
					"/national/yorozu-records/export?format=csv&month=2026-06")) {
				mvc.perform(get(path).with(logins.as(user))).andExpect(status().isNotFound());
			}
		}
		// in the database: the prefecture of the hub oversees it (its figures), yet its
		// policy shows no record
		Map<String, Long> seen = new java.util.HashMap<>();
		for (String body : List.of("prefecture-46", "yorozu-hq", "cabinet-office")) {
			NationalBody b = bodies.byCode(body).orElseThrow();
			seen.put(body, HubScope.callAs(null, () -> tx.execute(status -> {
				bodies.enter(b);
				return jdbc.sql("SELECT count(*) FROM national_shared_record WHERE hub_id = ?")
					.param(hub.id)
					.query(Long.class)
					.single();
			})));
		}
		assertThat(seen).containsEntry("prefecture-46", 0L)
			.containsEntry("cabinet-office", 0L)
			.containsEntry("yorozu-hq", 1L);
	}

	@Test
	void theKyushuBureauReadsItsProgrammesSummaryAndTheCabinetOfficeDoesNotSeeIt() throws Exception {
		Hub hub = hubs.create(slug("programme"), "実績テスト 人材確保支援事業 " + HUBS.incrementAndGet(), HubKind.TALENT_PROGRAMME,
				"46");
		// three companies whose needs the programme learned in June (情報取得企業数, seed 001
		// §3(4))
		for (int i = 1; i <= 3; i++) {
			long company = companies.in(hub.getSlug()).industry("E").employees(30).create("実績テスト企業" + i);
			consult(hub, company, LocalDate.of(2026, 6, i), "人材の相談");
		}
		NationalRecountTests.recounted(refresh, jdbc, hub.getId());
		String csv = body(
				mvc.perform(get("/national/programmes/export?format=csv&month=2026-06").with(logins.as(METI_KYUSHU)))
					.andExpect(status().isOk())
					.andReturn());
		String line = csv.lines().filter(l -> l.contains(hub.getName())).findFirst().orElseThrow();
		assertThat(line).contains(",3,3,");
		String page = body(mvc.perform(get("/national/programmes?month=2026-06").with(logins.as(METI_KYUSHU)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page).contains(hub.getName(), "情報取得企業数");
		assertThat(body(
				mvc.perform(get("/national/kpis").with(logins.as(METI_KYUSHU))).andExpect(status().isOk()).andReturn()))
			.contains("link-programmes");
		String cabinet = body(mvc.perform(get("/national/programmes?month=2026-06").with(logins.as(CABINET)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(cabinet).doesNotContain(hub.getName());
	}

	// --- helpers

	private record YorozuHub(long id, String name, String consenting, String refusing) {
	}

	/**
	 * A よろず hub of its own in 鹿児島 with one consented and one unconsented record in June,
	 * recounted.
	 */
	private YorozuHub yorozuHub() throws Exception {
		Hub hub = hubs.create(slug("yorozu"), "収集テスト よろず支援拠点 " + HUBS.incrementAndGet(), HubKind.YOROZU, "46");
		String consenting = "共有同意株式会社" + hub.getId();
		String refusing = "共有不同意株式会社" + hub.getId();
		long yes = companies.in(hub.getSlug()).industry("E").employees(30).create(consenting);
		long no = companies.in(hub.getSlug()).industry("E").employees(30).create(refusing);
		long shared = consult(hub, yes, LocalDate.of(2026, 6, 3), "共有に同意した相談");
		consult(hub, no, LocalDate.of(2026, 6, 4), "同意のない相談");
		HubScope.runAs(hub.getId(), () -> records.update(shared, true, ConsentForm.WRITTEN, LocalDate.of(2026, 6, 3),
				Set.of(PolicyArea.DX)));
		// a consent changed announces nothing (the sweep picks it up); mark the month as
		// a later edit would be caught
		HubScope.runAs(hub.getId(), () -> refresh.markDirty(hub.getId(), java.time.YearMonth.of(2026, 6)));
		NationalRecountTests.recounted(refresh, jdbc, hub.getId());
		return new YorozuHub(hub.getId(), hub.getName(), consenting, refusing);
	}

}
