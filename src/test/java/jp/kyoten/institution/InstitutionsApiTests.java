package jp.kyoten.institution;

import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.WebSliceTest;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.SliceUsers;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;

/**
 * The institutions API as a web slice: every refusal is problem+json with its Japanese
 * detail (field by field for a bad body), a registration answers 201 with its Location,
 * and the stateless chain answers a stranger 401 and a clerk's write 403 in the same
 * shape. The read model and the use case are mocked.
 */
@WebSliceTest(InstitutionsApiController.class)
class InstitutionsApiTests {

	private static final long HUB = 1;

	private static final InstitutionView SHINKIN = new InstitutionView(42, "熊本信用金庫", null, InstitutionKind.SHINKIN_BANK,
			null, null, null, null, null, null, true, Instant.EPOCH, Instant.EPOCH, 0);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Institutions institutions;

	@MockitoBean
	RegisterInstitution register;

	@Test
	void aRegistrationAnswers201WithTheNewInstitutionAndItsLocation() throws Exception {
		when(register.register(any())).thenReturn(42L);
		when(institutions.get(42)).thenReturn(SHINKIN);
		mvc.perform(post("/api/v1/institutions").contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "熊本信用金庫", "kind": "SHINKIN_BANK"}""").with(SliceUsers.as(Role.COORDINATOR, HUB)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "http://localhost/api/v1/institutions/42"))
			.andExpect(jsonPath("$.id").value(42))
			.andExpect(jsonPath("$.kind").value("SHINKIN_BANK"));
	}

	@Test
	void aBadBodyIsRefusedFieldByFieldInJapanese() throws Exception {
		mvc.perform(post("/api/v1/institutions").contentType(MediaType.APPLICATION_JSON).content("""
				{"name": " ", "kind": "PAWN_SHOP"}""").with(SliceUsers.as(Role.COORDINATOR, HUB)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("入力内容に誤りがあります。"))
			.andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value(hasItem("名称（name）を入力してください。")))
			.andExpect(jsonPath("$.errors[?(@.field == 'kind')]").isNotEmpty());
		verify(register, never()).register(any());
	}

	@Test
	void aBodyThatIsNotJsonIsProblemJsonToo() throws Exception {
		mvc.perform(post("/api/v1/institutions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": ")
			.with(SliceUsers.as(Role.COORDINATOR, HUB)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("リクエストの形式が正しくありません。"));
	}

	@Test
	void aDuplicateIsAConflictNamingTheRule() throws Exception {
		when(register.register(any())).thenThrow(new BusinessRuleException("institution.duplicate", "熊本信用金庫"));
		mvc.perform(post("/api/v1/institutions").contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "熊本信用金庫", "kind": "SHINKIN_BANK"}""").with(SliceUsers.as(Role.COORDINATOR, HUB)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("institution.duplicate"))
			.andExpect(jsonPath("$.detail").value("「熊本信用金庫」は既に登録されています。支店名で区別してください。"));
	}

	@Test
	void anUnknownInstitutionIs404WithoutSayingWhetherItExists() throws Exception {
		when(institutions.get(99)).thenThrow(new RecordNotFoundException("institution", 99));
		mvc.perform(get("/api/v1/institutions/99").with(SliceUsers.as(Role.CLERK, HUB)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("指定された記録は存在しないか、参照する権限がありません。"));
	}

	@Test
	void theStatelessChainAnswersStrangersAndClerksWritesAsProblems() throws Exception {
		mvc.perform(get("/api/v1/institutions/42"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().exists("WWW-Authenticate"));
		mvc.perform(post("/api/v1/institutions").contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "熊本信用金庫", "kind": "SHINKIN_BANK"}""").with(SliceUsers.as(Role.CLERK, HUB)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("この操作を行う権限がありません。"));
		verify(register, never()).register(any());
	}

}
