package jp.kyoten.demo;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import jp.kyoten.finance.SampleBooks;
import jp.kyoten.platform.demo.DemoSeed;

/**
 * The Kumamoto demo hub's books and income: see {@link SampleBooks}. After matching (its
 * agencies are registered).
 */
@Component
@Order(60)
class FinanceDemoData implements DemoSeed {

	private final SampleBooks books;

	FinanceDemoData(SampleBooks books) {
		this.books = books;
	}

	@Override
	public void seed(long hubId, String prefectureCode, int count) {
		if ("43".equals(prefectureCode)) {
			books.seed(hubId, MatchingDemoData.AGENCY_USER_AGENCY);
		}
	}

}
