package jp.kyoten.obligations;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.WebSliceTest;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.SliceUsers;

/**
 * The obligations API as a web slice: the year asked is the year answered, a year that is
 * no number or out of range is answered as problem+json in Japanese before anything is
 * read, and an agency user is refused by the API chain. The read model is mocked.
 */
@WebSliceTest(ObligationsApiController.class)
class ObligationsApiTests {

	private static final long HUB = 1;

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Obligations obligations;

	@Test
	void answersTheFiscalYearAskedFor() throws Exception {
		when(obligations.of(anyInt(), any())).thenReturn(List.of());
		mvc.perform(get("/api/v1/obligations").param("fiscalYear", "2026").with(SliceUsers.as(Role.CLERK, HUB)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fiscalYear").value(2026))
			.andExpect(jsonPath("$.obligations").isEmpty());
		verify(obligations).of(org.mockito.ArgumentMatchers.eq(2026), any());
	}

	@Test
	void aYearThatIsNoNumberOrOutOfRangeIsAProblemAndNothingIsRead() throws Exception {
		mvc.perform(get("/api/v1/obligations").param("fiscalYear", "令和八年").with(SliceUsers.as(Role.CLERK, HUB)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("リクエストの形式が正しくありません。"));
		mvc.perform(get("/api/v1/obligations").param("fiscalYear", "1999").with(SliceUsers.as(Role.CLERK, HUB)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("指定された記録は存在しないか、参照する権限がありません。"));
		verify(obligations, never()).of(anyInt(), any());
	}

	@Test
	void anAgencyUserIsRefusedByTheApiChainAsAProblem() throws Exception {
		mvc.perform(get("/api/v1/obligations").with(SliceUsers.as(Role.AGENCY_USER, HUB)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("この操作を行う権限がありません。"));
		verify(obligations, never()).of(anyInt(), any());
	}

}
