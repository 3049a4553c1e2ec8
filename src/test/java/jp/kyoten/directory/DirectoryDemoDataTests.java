package jp.kyoten.directory;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.KyotenSpringTest;
import jp.kyoten.platform.tenancy.HubScope;

import static org.assertj.core.api.Assertions.assertThat;

@KyotenSpringTest
class DirectoryDemoDataTests {

	@Autowired
	Companies companies;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcClient jdbc;

	@Test
	void demoCompaniesAreTheSameEveryTimeAndLookReal() {
		List<NewCompany> kumamoto = DirectoryDemoData.generate("43", 300);
		assertThat(DirectoryDemoData.generate("43", 300)).isEqualTo(kumamoto);
		assertThat(kumamoto).hasSize(300);
		assertThat(kumamoto.stream()
			.filter(c -> c.data().name().matches(".*(熊本|くまもと).*") || c.data().nameKana().contains("クマモト"))
			.count()).isGreaterThanOrEqualTo(5);
		assertThat(kumamoto).allSatisfy(c -> {
			assertThat(c.data().municipalityCode()).startsWith("43");
			assertThat(c.data().nameKana()).isNotBlank();
			if (c.data().corporateNumber() != null) {
				assertThat(CorporateNumber.isValid(c.data().corporateNumber())).isTrue();
			}
		});
		assertThat(kumamoto.stream().map(c -> c.data().corporateNumber()).filter(n -> n != null).distinct().count())
			.isEqualTo(kumamoto.stream().filter(c -> c.data().corporateNumber() != null).count());
		Set<SizeBand> bands = kumamoto.stream()
			.map(c -> SizeBand.of(c.data().employees()))
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(SizeBand.class)));
		assertThat(bands).containsExactlyInAnyOrder(SizeBand.values());
		assertThat(kumamoto).anySatisfy(c -> assertThat(c.data().closed()).isTrue());
		assertThat(kumamoto).allSatisfy(c -> assertThat(c.contacts()).isNotEmpty());
		assertThat(DirectoryDemoData.generate("40", 300))
			.allSatisfy(c -> assertThat(c.data().municipalityCode()).startsWith("40"));
	}

	@Test
	void threeHundredCompaniesAreRegisteredInWellUnderTwoSeconds() {
		long kumamoto = jdbc.sql("SELECT id FROM hub WHERE slug = 'kumamoto'").query(Long.class).single();
		List<NewCompany> batch = DirectoryDemoData.generate("43", 299);
		long[] elapsed = new long[1];
		HubScope.runAs(kumamoto, () -> tx.executeWithoutResult(status -> {
			long started = System.nanoTime();
			assertThat(companies.registerAll(batch)).hasSize(299);
			elapsed[0] = System.nanoTime() - started;
			status.setRollbackOnly();
		}));
		assertThat(elapsed[0] / 1_000_000).as("milliseconds").isLessThan(2_000);
	}

}
