package jp.kyoten.platform.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListPageTests {

	static final ListSorting SORTING = ListSorting.by("date", "c.id")
		.dateKey("date", "c.consulted_on")
		.key("company", "co.name");

	@Test
	void opensByTheDateThatMattersNewestFirst() {
		ListRequest request = ListRequest.of(null, null, null, null, SORTING);
		assertThat(request.page()).isZero();
		assertThat(request.size()).isEqualTo(50);
		assertThat(SORTING.orderBy(request)).isEqualTo("c.consulted_on DESC, c.id DESC");
	}

	@Test
	void sortsByAnOfferedKeyOnlyAndFallsBackOnAnythingElse() {
		assertThat(SORTING.orderBy(ListRequest.of(0, 20, "company", null, SORTING))).isEqualTo("co.name ASC, c.id ASC");
		ListRequest injected = ListRequest.of(-3, 7, "1; DROP TABLE consultation", "sideways", SORTING);
		assertThat(SORTING.orderBy(injected)).isEqualTo("c.consulted_on DESC, c.id DESC");
		assertThat(injected.page()).isZero();
		assertThat(injected.size()).isEqualTo(ListRequest.DEFAULT_SIZE);
	}

	@Test
	void numbersPagesAroundTheCurrentOneWithGaps() {
		ListPage<String> page = new ListPage<>(List.of(), 1_000, ListRequest.of(9, 50, null, null, SORTING),
				"/consultations?channel=PHONE");
		assertThat(page.totalPages()).isEqualTo(20);
		assertThat(page.pageNumbers()).containsExactly(1, 0, 8, 9, 10, 11, 12, 0, 20);
		assertThat(page.pageHref(11)).isEqualTo("/consultations?channel=PHONE&page=10&size=50&sort=date&dir=desc");
		assertThat(page.sizeHref(100)).contains("page=0", "size=100");
	}

	@Test
	void aHeadingSortsItsWayAndTheCurrentOneTurnsRound() {
		ListPage<String> page = new ListPage<>(List.of(), 10, ListRequest.of(0, 20, "date", null, SORTING), "/x");
		assertThat(page.ariaSort("date")).isEqualTo("descending");
		assertThat(page.sortHref("date")).contains("sort=date", "dir=asc");
		assertThat(page.sortHref("company")).contains("sort=company").doesNotContain("dir=");
		assertThat(page.ariaSort("company")).isEqualTo("none");
		assertThat(page.sortMark("date")).isEqualTo("▼");
	}

}
