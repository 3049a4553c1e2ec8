package jp.kyoten.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.WebSliceTest;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.SliceUsers;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.web.ListPage;
import jp.kyoten.platform.web.ListRequest;

/**
 * The institution pages as a web slice: what the controller does with a request (the htmx
 * fragment or the whole page, the field messages in Japanese, the redirect after a save,
 * who may write), with its read model and use cases mocked and no database.
 */
@WebSliceTest(InstitutionsController.class)
class InstitutionPagesTests {

	private static final long HUB = 1;

	private static final InstitutionView BANK = new InstitutionView(7, "肥後銀行", "ヒゴギンコウ", InstitutionKind.REGIONAL_BANK,
			"本店", "860-0000", "熊本市", "096-000-0000", null, null, true, Instant.EPOCH, Instant.EPOCH, 0);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Institutions institutions;

	@MockitoBean
	RegisterInstitution register;

	@MockitoBean
	UpdateInstitution update;

	@MockitoBean
	AuditTrail audit;

	@MockitoBean
	ManageInstitutionContacts contacts;

	@BeforeEach
	void oneInstitution() {
		when(institutions.page(any(), any(), anyString())).thenAnswer(
				call -> new ListPage<>(List.of(BANK), 1, call.<ListRequest>getArgument(1), call.getArgument(2)));
		when(institutions.get(7)).thenReturn(BANK);
	}

	@Test
	void listAnswersTheWholePageOrOnlyTheResultsToHtmxAndSaysItVaries() throws Exception {
		String page = mvc.perform(get("/institutions").with(SliceUsers.as(Role.CLERK, HUB)))
			.andExpect(status().isOk())
			.andExpect(view().name("institution/list"))
			.andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("HX-Request")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<html", "肥後銀行 本店", "id=\"results\"");

		String fragment = mvc.perform(
				get("/institutions").param("q", "肥後").header("HX-Request", "true").with(SliceUsers.as(Role.CLERK, HUB)))
			.andExpect(status().isOk())
			.andExpect(view().name("institution/list :: results"))
			.andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("HX-Request")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).contains("id=\"results\"", "肥後銀行").doesNotContain("<html", "<nav class=\"main-nav\"");
	}

	@Test
	void createRefusesABlankNameWithItsJapaneseMessageAndSavesNothing() throws Exception {
		String form = mvc
			.perform(post("/institutions").param("name", "  ")
				.param("kind", "REGIONAL_BANK")
				.with(SliceUsers.as(Role.COORDINATOR, HUB))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("institution/form"))
			.andExpect(model().attributeHasFieldErrorCode("institutionForm", "name", "NotBlank"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("名称を入力してください。");
		verify(register, never()).register(any());
	}

	@Test
	void createRedirectsToTheNewInstitutionWithItsNameInTheFlash() throws Exception {
		when(register.register(any())).thenReturn(42L);
		mvc.perform(post("/institutions").param("name", "熊本信用金庫")
			.param("kind", "SHINKIN_BANK")
			.with(SliceUsers.as(Role.COORDINATOR, HUB))
			.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/institutions/42"))
			.andExpect(flash().attribute("flash", "熊本信用金庫 を登録しました。"));
	}

	/**
	 * The use case's refusal becomes the name field's message in the one shared place
	 * (Feedback), in Japanese, and the form is shown again.
	 */
	@Test
	void aDuplicateInstitutionIsRefusedOnTheNameField() throws Exception {
		when(register.register(any())).thenThrow(new BusinessRuleException("institution.duplicate", "肥後銀行 本店"));
		String form = mvc
			.perform(post("/institutions").param("name", "肥後銀行")
				.param("branch", "本店")
				.param("kind", "REGIONAL_BANK")
				.with(SliceUsers.as(Role.COORDINATOR, HUB))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("institution/form"))
			.andExpect(model().attributeHasFieldErrors("institutionForm", "name"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("「肥後銀行 本店」は既に登録されています。支店名で区別してください。");
	}

	@Test
	void aClerkReadsButMayNotRegister() throws Exception {
		mvc.perform(get("/institutions/new").with(SliceUsers.as(Role.CLERK, HUB))).andExpect(status().isForbidden());
		mvc.perform(post("/institutions").param("name", "熊本信用金庫")
			.param("kind", "SHINKIN_BANK")
			.with(SliceUsers.as(Role.CLERK, HUB))
			.with(csrf())).andExpect(status().isForbidden());
		verify(register, never()).register(any());
	}

	@Test
	void aFormPostedWithoutTheCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/institutions").param("name", "熊本信用金庫")
			.param("kind", "SHINKIN_BANK")
			.with(SliceUsers.as(Role.COORDINATOR, HUB))).andExpect(status().isForbidden());
		verify(register, never()).register(any());
	}

	@Test
	void aStrangerIsSentToSignIn() throws Exception {
		mvc.perform(get("/institutions")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

}
