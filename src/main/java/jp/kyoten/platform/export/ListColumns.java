package jp.kyoten.platform.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What a staff list exports: its name (for the file, the sheet and the audit log) and its
 * columns, each a heading (a message key) and the cell of a row. A cell is text, a
 * number, a {@link java.time.LocalDate}, an {@link java.time.Instant} (written in Tokyo
 * time), a {@code Boolean} (はい/いいえ), a {@link Label} or null. Codes are never written: a
 * column gives the label ({@link Label}) or the name (a prefecture's, a municipality's).
 *
 * @param list the list's code in the audit log: {@code consultations}
 * @param titleKey the message of the list's title, which names the file and the sheet
 * @param subject what the list is of, before its title (an event's participants: 「経営者セミナー
 * 申込者一覧」), or null
 */
public record ListColumns<T>(String list, String titleKey, String subject, List<Column<T>> columns) {

	/** One column: its heading's message key and its cell. */
	public record Column<T>(String headingKey, Function<? super T, ?> cell) {
	}

	public static <T> ListColumns<T> of(String list, String titleKey) {
		return new ListColumns<>(list, titleKey, null, List.of());
	}

	/** These columns and one more. */
	public ListColumns<T> column(String headingKey, Function<? super T, ?> cell) {
		List<Column<T>> more = new ArrayList<>(columns);
		more.add(new Column<>(headingKey, cell));
		return new ListColumns<>(list, titleKey, subject, List.copyOf(more));
	}

	/**
	 * The same columns for the list of one record:
	 * {@code about("events/12/registrations", "経営者セミナー")}.
	 */
	public ListColumns<T> about(String list, String subject) {
		return new ListColumns<>(list, titleKey, subject, columns);
	}

	/** The cells of a row, in column order. */
	List<Object> cells(T row) {
		List<Object> cells = new ArrayList<>(columns.size());
		for (Column<T> column : columns) {
			cells.add(column.cell().apply(row));
		}
		return cells;
	}

}
