package jp.kyoten.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The one builder of a list's conditions: fragments with ?, values only as parameters.
 */
class ListConditionsTests {

	@Test
	void noConditionKeepsEveryRow() {
		ListConditions where = ListConditions.where().andIf(null, "status = ?").containing(" ", "subject");

		assertThat(where.sql()).isEmpty();
		assertThat(where.params()).isEmpty();
	}

	@Test
	void givenFiltersBecomeConditionsWithTheirValuesAsParameters() {
		ListConditions where = ListConditions.where()
			.and("hub_id = ?", 7L)
			.andIf("FAILED", "status = ?")
			.containing("50%_off", "subject", "to_name");

		assertThat(where.sql()).isEqualTo(" WHERE hub_id = ? AND status = ? AND (subject ILIKE ? OR to_name ILIKE ?)");
		// the search text is taken literally and never enters the SQL text
		assertThat(where.params()).containsExactly(7L, "FAILED", "%50\\%\\_off%", "%50\\%\\_off%");
	}

	@Test
	void refusesAConditionWhosePlaceholdersAndValuesDoNotPairUp() {
		assertThatThrownBy(() -> ListConditions.where().and("status = 'x' OR id = ?"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void paramsAreACopySoThatAPageCanAppendItsLimit() {
		ListConditions where = ListConditions.where().and("id = ?", 1);
		where.params().add(20);

		assertThat(where.params()).containsExactly(1);
	}

}
