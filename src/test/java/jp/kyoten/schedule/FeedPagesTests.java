package jp.kyoten.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.WebSliceTest;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.SliceUsers;

/**
 * The calendar feed page as a web slice: a feed's URL is shown once, on the page the
 * creation redirects to, a blank name is refused in Japanese without issuing anything,
 * and the feeds are a staff page. The feed store is mocked.
 */
@WebSliceTest(FeedsController.class)
class FeedPagesTests {

	private static final long HUB = 1;

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CalendarFeeds feeds;

	@Test
	void creatingAFeedRedirectsWithItsUrlForThePageToShowOnce() throws Exception {
		when(feeds.issue(anyLong(), anyLong(), anyString())).thenReturn(new CalendarFeeds.IssuedFeed(5, "tok3n"));
		mvc.perform(post("/schedule/feeds").param("name", " スマートフォン ")
			.with(SliceUsers.as(Role.COORDINATOR, HUB))
			.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/schedule/feeds"))
			.andExpect(flash().attribute("newFeedUrl", "http://localhost/p/feeds/tok3n.ics"));
		// the name is trimmed by the form before it reaches the store
		verify(feeds).issue(SliceUsers.idOf(Role.COORDINATOR), HUB, "スマートフォン");

		String page = mvc
			.perform(get("/schedule/feeds").flashAttr("newFeedUrl", "http://localhost/p/feeds/tok3n.ics")
				.with(SliceUsers.as(Role.COORDINATOR, HUB)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("http://localhost/p/feeds/tok3n.ics", "この URL は今だけ表示されます。");
	}

	@Test
	void aBlankNameIsRefusedInJapaneseAndNoFeedIsIssued() throws Exception {
		when(feeds.of(anyLong()))
			.thenReturn(List.of(new CalendarFeeds.FeedView(3, "タブレット", "ab12", Instant.EPOCH, null, null)));
		String page = mvc
			.perform(post("/schedule/feeds").param("name", "   ").with(SliceUsers.as(Role.CLERK, HUB)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("schedule/feeds"))
			.andExpect(model().attributeHasFieldErrorCode("feedForm", "name", "NotBlank"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("入力してください。", "タブレット");
		verify(feeds, never()).issue(anyLong(), anyLong(), any());
	}

	@Test
	void revokingAFeedRedirectsWithItsJapaneseFlash() throws Exception {
		mvc.perform(post("/schedule/feeds/3/revoke").with(SliceUsers.as(Role.CLERK, HUB)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/schedule/feeds"))
			.andExpect(flash().attribute("flash", "配信 URL を無効化しました。"));
		verify(feeds).revoke(SliceUsers.idOf(Role.CLERK), 3);
	}

	@Test
	void feedsAreNotForAPrefecturesOfficer() throws Exception {
		mvc.perform(get("/schedule/feeds").with(SliceUsers.as(Role.PREFECTURE_OFFICER, HUB)))
			.andExpect(status().isForbidden());
	}

}
