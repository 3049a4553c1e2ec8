package jp.kyoten.platform.web;

import org.junit.jupiter.api.Test;

import jp.kyoten.platform.web.MalformedInputSweep.Must;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sweep's verdicts: the generated bad-input test fails on the answers a new operation
 * must not give.
 */
class MalformedInputSweepTests {

	private static final String JAPANESE_PROBLEM = "{\"status\":400,\"detail\":\"リクエストの形式が正しくありません。\"}";

	@Test
	void failsWhenAnOperationAnswers500ToAMalformedValue() {
		MalformedInputSweep sweep = new MalformedInputSweep();
		sweep.answered("GET /api/v1/events from=not a date", 500, "application/problem+json", "{}", true, Must.REFUSE);
		sweep.answered("GET /api/v1/companies q=overlong", 500, null, null, true, Must.NOT_FAIL);
		assertThat(sweep.failures()).containsExactly("500 GET /api/v1/events from=not a date",
				"500 GET /api/v1/companies q=overlong");
	}

	@Test
	void failsWhenMalformedInputIsAcceptedOrRefusedWithoutAJapaneseProblem() {
		MalformedInputSweep sweep = new MalformedInputSweep();
		sweep.answered("POST /api/v1/companies name=NUL", 201, "application/json", "{}", true, Must.REFUSE);
		sweep.answered("GET /api/v1/events from=NUL", 400, "application/problem+json", "{\"detail\":\"Bad request\"}",
				true, Must.REFUSE);
		sweep.answered("GET /api/v1/events/{id} id=NUL", 400, null, "", true, Must.REFUSE);
		assertThat(sweep.failures()).hasSize(3);
	}

	@Test
	void passesARefusalWithAJapaneseProblemAndAnAnswerThatMayStand() {
		MalformedInputSweep sweep = new MalformedInputSweep();
		sweep.answered("GET /api/v1/events from=NUL", 400, "application/problem+json", JAPANESE_PROBLEM, true,
				Must.REFUSE);
		sweep.answered("GET /api/v1/companies q=overlong", 200, "application/json", "{}", true, Must.NOT_FAIL);
		sweep.answered("POST /companies data.employees=not a number", 200, "text/html", "", false, Must.NOT_FAIL);
		sweep.answered("GET /api/v1/handoffs id=NUL", 403, "application/problem+json", "{}", true, Must.REFUSE);
		assertThat(sweep.failures()).isEmpty();
		assertThat(sweep.requests()).isEqualTo(4);
	}

}
