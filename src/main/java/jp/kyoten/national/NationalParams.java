package jp.kyoten.national;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import jp.kyoten.hub.HubKind;
import jp.kyoten.platform.RecordNotFoundException;

/**
 * What the national pages and API read from a query: a month, a fiscal year, a hub kind,
 * a region, a KPI.
 */
final class NationalParams {

	private NationalParams() {
	}

	/**
	 * The month asked for ({@code 2026-11}); by default the last month, the one whose
	 * reports are now due.
	 */
	static YearMonth month(String value, Clock clock) {
		if (value == null || value.isBlank()) {
			return YearMonth.now(clock).minusMonths(1);
		}
		try {
			YearMonth m = YearMonth.parse(value.strip());
			if (m.getYear() < 2000 || m.getYear() > 2100) {
				throw new RecordNotFoundException("month", value);
			}
			return m;
		}
		catch (DateTimeParseException ex) {
			throw new RecordNotFoundException("month", value);
		}
	}

	static int fiscalYear(Integer value, Clock clock) {
		if (value == null) {
			return jp.kyoten.hub.Hubs.fiscalYearOf(LocalDate.now(clock));
		}
		if (value < 2000 || value > 2100) {
			throw new RecordNotFoundException("fiscal year", value);
		}
		return value;
	}

	static String kind(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return Arrays.stream(HubKind.values())
			.map(Enum::name)
			.filter(k -> k.equals(value.strip()))
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("hub kind", value));
	}

	static Block block(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return Block.parse(value).orElseThrow(() -> new RecordNotFoundException("region", value));
	}

	/** The KPI the prefectures are ranked by; by default 相談件数. */
	static jp.kyoten.hub.Kpi kpi(String value) {
		if (value == null || value.isBlank()) {
			return jp.kyoten.hub.Kpi.CONSULTATIONS;
		}
		return Arrays.stream(jp.kyoten.hub.Kpi.values())
			.filter(k -> k.name().equals(value.strip()))
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("kpi", value));
	}

}
