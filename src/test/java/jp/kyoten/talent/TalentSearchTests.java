package jp.kyoten.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;
import jp.kyoten.platform.web.ListPage;
import jp.kyoten.platform.web.ListRequest;

/**
 * The talent search counts its matches only up to a cap (a broad skill's exact count was
 * most of its time, bench/talent): past the cap it says so, and the rows of every page,
 * in every order, are those of the search that counts them all.
 */
@KyotenSpringTest
class TalentSearchTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	TalentFixture fx;

	List<Long> skills;

	TalentProfiles.Filter broad;

	@BeforeEach
	void sevenTalentWithOneSkillAndTwoWithout() {
		fx = TalentFixture.of(context);
		skills = fx.skillIds(3);
		TalentKind[] kinds = TalentKind.values();
		for (int i = 0; i < 7; i++) {
			fx.talent(kinds[i % kinds.length], i % 2 == 0, List.of(skills.get(0), skills.get(1 + i % 2)));
		}
		fx.talent(TalentKind.DIGITAL, true, List.of(skills.get(1)));
		fx.talent(TalentKind.SENIOR, true, List.of());
		broad = new TalentProfiles.Filter(List.of(skills.get(0)), null, null);
	}

	@Test
	void answersTheSameRowsOnEveryPageAndOrderWhenTheCountStopsAtTheCap() {
		for (String sort : List.of("registered", "kind", "region")) {
			for (boolean descending : List.of(true, false)) {
				for (int page = 0; page < 3; page++) {
					ListRequest request = new ListRequest(page, 3, sort, descending);
					ListPage<TalentProfiles.Row> exact = fx
						.inHub(() -> fx.profiles.search(broad, request, "/talent", 1_000_000));
					ListPage<TalentProfiles.Row> capped = fx
						.inHub(() -> fx.profiles.search(broad, request, "/talent", 4));

					assertThat(ids(capped)).as("%s %s page %d", sort, descending, page).isEqualTo(ids(exact));
					assertThat(capped.rows()).isEqualTo(exact.rows());
					assertThat(exact.total()).isEqualTo(7);
					assertThat(exact.capped()).isFalse();
					assertThat(capped.total()).isEqualTo(4);
					assertThat(capped.capped()).isTrue();
				}
			}
		}
		// the exact count is the count of the conditions themselves
		List<Object> params = new ArrayList<>();
		String where = fx.inHub(() -> TalentProfiles.where(broad, params));
		assertThat(fx.inHub(() -> fx.jdbc.sql("SELECT count(*) FROM talent t" + where)
			.params(params)
			.query(Integer.class)
			.single())).isEqualTo(7);
	}

	@Test
	void countsExactlyUpToTheCapAndAnswersNothingForNoMatch() {
		ListRequest first = new ListRequest(0, 50, "registered", true);
		ListPage<TalentProfiles.Row> atCap = fx.inHub(() -> fx.profiles.search(broad, first, "/talent", 7));
		assertThat(atCap.total()).isEqualTo(7);
		assertThat(atCap.capped()).isFalse();
		assertThat(atCap.rows()).hasSize(7).allSatisfy(r -> assertThat(r.skills()).isNotEmpty());

		var none = new TalentProfiles.Filter(List.of(skills.get(0), skills.get(2)), TalentKind.SENIOR, "01");
		ListPage<TalentProfiles.Row> empty = fx.inHub(() -> fx.profiles.search(none, first, "/talent"));
		assertThat(empty.total()).isZero();
		assertThat(empty.rows()).isEmpty();
	}

	@Test
	void saysInTheApiWhetherTheTotalWasCapped() throws Exception {
		mvc.perform(get("/api/v1/talent").param("skill", skills.get(0).toString()).with(logins.as(fx.coordinatorEmail)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(7))
			.andExpect(jsonPath("$.totalCapped").value(false))
			.andExpect(jsonPath("$.content.length()").value(7));
	}

	private static List<Long> ids(ListPage<TalentProfiles.Row> page) {
		return page.rows().stream().map(TalentProfiles.Row::id).toList();
	}

}
