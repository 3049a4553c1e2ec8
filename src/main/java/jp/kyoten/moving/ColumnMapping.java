package jp.kyoten.moving;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a file is read: which sheet (0 = the first), which row holds the headers (counted
 * from 1, as Excel shows it; data starts below it), which column (0 = A) each field comes
 * from, and per coded field the code each distinct value of its column stands for (the
 * value folded as {@link CellValues#fold} gives it). Saved by name and reused.
 */
public record ColumnMapping(RecordKind kind, int sheet, int headerRow, Map<Field, Integer> columns,
		Map<Field, Map<String, String>> values, DedupeRule rule) {

	public ColumnMapping {
		Map<Field, Integer> c = new EnumMap<>(Field.class);
		if (columns != null) {
			c.putAll(columns);
		}
		columns = c;
		Map<Field, Map<String, String>> v = new EnumMap<>(Field.class);
		if (values != null) {
			values.forEach((f, m) -> v.put(f, new LinkedHashMap<>(m)));
		}
		values = v;
		rule = rule == null ? DedupeRule.FILL_EMPTY : rule;
		headerRow = Math.max(1, headerRow);
		sheet = Math.max(0, sheet);
	}

	public Integer column(Field field) {
		return columns.get(field);
	}

	/** The code a person chose for a value of a coded column, if any. */
	public String code(Field field, String value) {
		Map<String, String> m = values.get(field);
		return m == null || value == null ? null : m.get(value);
	}

}
