package jp.kyoten.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import jp.kyoten.DemoLogins;
import jp.kyoten.KyotenSpringTest;

/**
 * The staff side of the portal: pages, publishing, news, photos, the API's create and
 * roles.
 */
@KyotenSpringTest
class PortalStaffPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLogins logins;

	PortalFixture fixture;

	@Autowired
	void fixture(org.springframework.context.ApplicationContext context) {
		fixture = PortalFixture.of(context);
	}

	/** The attack: a photo form sent without its file answered 500. */
	@Test
	void aPhotoFormWithoutItsFileSaysSoInJapanese() throws Exception {
		long story = fixture.draftStory("kumamoto", "写真なしの事例", "写真なし見本株式会社");
		mvc.perform(multipart("/portal/stories/{id}/photos", story).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.param("altText", "説明"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "写真のファイルを選んでください。"));
		mvc.perform(post("/portal/stories/{id}/photos", story).with(csrf())
			.with(logins.as(DemoLogins.KUMAMOTO_MANAGER))
			.param("altText", "説明")).andExpect(status().is3xxRedirection());
	}

	@Test
	void everyStaffPageOfThePortalRenders() throws Exception {
		long story = fixture.draftStory("kumamoto", "画面確認の事例", "画面確認見本株式会社");
		for (String path : new String[] { "/portal/site", "/portal/news", "/portal/news/new", "/portal/stories",
				"/portal/stories/new?q=画面確認", "/portal/stories/" + story, "/portal/stories/" + story + "/edit",
				"/portal/inquiries", "/portal/inquiries?status=ACCEPTED", "/portal/inquiries/trends",
				"/portal/diagnoses", "/portal/diagnosis-sheet" }) {
			mvc.perform(get(path).with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("class=\"main-nav\"")));
		}
	}

	@Test
	void publishesNewsThatThePublicThenReads() throws Exception {
		mvc.perform(post("/portal/news").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.with(csrf())
			.param("title", "公開テストのお知らせ")
			.param("body", "本文 <script>alert(1)</script> [x](javascript:alert(1))"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/p/kumamoto")).andExpect(content().string(not(containsString("公開テストのお知らせ"))));
		String list = mvc.perform(get("/portal/news").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = list.replaceAll("(?s).*/portal/news/([0-9]+)/edit\">公開テストのお知らせ.*", "$1");
		mvc.perform(post("/portal/news/{id}/publish", id).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.with(csrf())
			.param("published", "true")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/p/kumamoto")).andExpect(content().string(containsString("公開テストのお知らせ")));
		mvc.perform(get("/p/kumamoto/news/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(not(containsString("javascript:"))));
	}

	@Test
	void refusesAnOversizedPhotoAfterReadingNoMoreThanTheLimit() throws Exception {
		long story = fixture.publishedStory("kumamoto", "大きすぎる写真の事例", "写真過大工業株式会社");
		java.util.concurrent.atomic.AtomicLong read = new java.util.concurrent.atomic.AtomicLong();
		// a PNG that never ends; holding it whole would exhaust the heap
		MockMultipartFile endless = new MockMultipartFile("file", "huge.png", "image/png", new byte[0]) {

			@Override
			public long getSize() {
				return Long.MAX_VALUE;
			}

			@Override
			public byte[] getBytes() {
				throw new AssertionError("the whole upload must never be read into memory");
			}

			@Override
			public java.io.InputStream getInputStream() {
				return new java.io.InputStream() {

					@Override
					public int read() {
						long n = read.getAndIncrement();
						return n < ImageTypeTests.PNG.length ? ImageTypeTests.PNG[(int) n] & 0xFF : 0;
					}

				};
			}

		};
		mvc.perform(multipart("/portal/stories/{id}/photos", story).file(endless)
			.param("altText", "大きな写真")
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "写真は 2 MB 以下にしてください。"));
		assertThat(read.get()).isLessThanOrEqualTo(2 * 1024 * 1024 + 1 + 8192);
	}

	@Test
	void acceptsPhotosByTheirBytesAndServesThemOnlyWithConsent() throws Exception {
		long story = fixture.publishedStory("kumamoto", "写真つきの事例", "写真見本工業株式会社");
		MockMultipartFile fake = new MockMultipartFile("file", "photo.jpg", "image/jpeg",
				"<html><script>alert(1)</script></html>".getBytes());
		mvc.perform(multipart("/portal/stories/{id}/photos", story).file(fake)
			.param("altText", "偽物")
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.with(csrf())).andExpect(flash().attribute("flashError", "JPEG・PNG・WebP の画像ではありません。"));
		MockMultipartFile png = new MockMultipartFile("file", "photo.txt", "text/plain", ImageTypeTests.PNG);
		mvc.perform(multipart("/portal/stories/{id}/photos", story).file(png)
			.param("altText", "")
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.with(csrf())).andExpect(flash().attributeExists("flashError"));
		mvc.perform(multipart("/portal/stories/{id}/photos", story).file(png)
			.param("altText", "工場で打合せをする二人")
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.with(csrf())).andExpect(flash().attributeExists("flash"));
		String page = mvc.perform(get("/p/kumamoto/stories/{id}", story))
			.andExpect(content().string(containsString("alt=\"工場で打合せをする二人\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String photo = page.replaceAll("(?s).*src=\"(/p/kumamoto/stories/photos/[0-9]+)\".*", "$1");
		mvc.perform(get(photo))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		mvc.perform(get(photo.replace("/p/kumamoto/", "/p/fukuoka/"))).andExpect(status().isNotFound());

		long noPhotos = fixture.draftStory("kumamoto", "写真不可の事例", "写真不可見本株式会社");
		mvc.perform(
				post("/api/v1/success-stories/{id}/consent", noPhotos).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"givenBy\":\"代表\",\"givenOn\":\"2026-05-01\",\"scope\":\"文章のみ\",\"photos\":false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.consent.photos").value(false));
		mvc.perform(multipart("/portal/stories/{id}/photos", noPhotos).file(png)
			.param("altText", "掲載不可の写真")
			.with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.with(csrf())).andExpect(flash().attributeExists("flash"));
		mvc.perform(
				post("/api/v1/success-stories/{id}/publish", noPhotos).with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR)))
			.andExpect(status().isOk());
		mvc.perform(get("/p/kumamoto/stories/{id}", noPhotos))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("掲載不可の写真"))));
	}

	@Test
	void createsAStoryThroughTheApiWith201AndRefusesBadCodesInJapanese() throws Exception {
		long[] source = fixture.supportCase("kumamoto", "API作成見本株式会社");
		mvc.perform(post("/api/v1/success-stories").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"APIで書いた事例\",\"source\":\"SUPPORT_CASE\",\"companyId\":" + source[0]
					+ ",\"consultationId\":" + source[1] + ",\"publicCompanyName\":\"県内のA社\",\"summary\":\"概要\","
					+ "\"industry\":\"E\",\"jobCategory\":\"SALES\",\"employmentForm\":\"FULL_TIME\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location",
					org.hamcrest.Matchers.matchesPattern(".*/api/v1/success-stories/[0-9]+")))
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.published").value(false))
			.andExpect(jsonPath("$.consent").doesNotExist());
		mvc.perform(post("/api/v1/success-stories").with(logins.as(DemoLogins.KUMAMOTO_COORDINATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"\",\"source\":\"ELSEWHERE\",\"companyId\":1,\"publicCompanyName\":\"A社\","
					+ "\"summary\":\"概要\",\"jobCategory\":\"PILOT\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[?(@.field == 'title')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'source')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'jobCategory')]").exists());
		mvc.perform(get("/api/v1/success-stories").with(logins.as(DemoLogins.KUMAMOTO_MANAGER)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/inquiries").with(logins.as(DemoLogins.KUMAMOTO_MANAGER))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/diagnoses").with(logins.as(DemoLogins.KUMAMOTO_MANAGER))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/inquiries").with(logins.as(DemoLogins.ADMIN))).andExpect(status().isForbidden());
	}

}
