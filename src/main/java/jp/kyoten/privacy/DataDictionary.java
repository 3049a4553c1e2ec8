package jp.kyoten.privacy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import jp.kyoten.platform.export.CsvWriter;

/**
 * The hand-back's data dictionary in Japanese (データ定義書.csv): per table its Japanese name
 * and whether it holds personal data ({@code privacy/tables.properties}), per column its
 * type, whether it is required, and what it means — the column's {@code COMMENT ON} where
 * the schema has one, else {@code privacy/columns.properties}. Columns left out
 * (credentials) are listed as such, and stored files say where they went.
 */
@Component
class DataDictionary {

	static final String NAME = "data-dictionary.csv";

	private final Properties columns = new Properties();

	DataDictionary() {
		try (Reader in = new InputStreamReader(new ClassPathResource("privacy/columns.properties").getInputStream(),
				StandardCharsets.UTF_8)) {
			columns.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<HandBackExport.Entry> write(List<HubTables.Table> tables, Path staging) {
		try (HandBackExport.Digesting out = HandBackExport.Digesting.into(staging.resolve(NAME));
				CsvWriter csv = new CsvWriter(out, CsvWriter.Encoding.UTF_8)) {
			csv.row("表", "表の名称", "個人情報", "列", "型", "必須", "説明");
			for (HubTables.Table t : tables) {
				for (HubTables.Column c : t.columns()) {
					csv.row(t.name(), t.label(), t.personal() ? "含む" : "含まない", c.name(), type(c.type()),
							c.nullable() ? "" : "必須", describe(t, c));
				}
			}
			csv.close();
			return List.of(out.entry(NAME, null, null));
		}
	}

	String describe(HubTables.Table table, HubTables.Column column) {
		String text = column.comment() != null ? column.comment()
				: columns.getProperty(table.name() + "." + column.name(), columns.getProperty(column.name(), ""));
		if (column.secret()) {
			return "出力していません（認証情報）" + (text.isEmpty() ? "" : "：" + text);
		}
		if (column.bytea()) {
			return (text.isEmpty() ? "ファイル" : text) + "（ファイルは files/" + table.name() + "/ に、この列にはその位置）";
		}
		return text;
	}

	static String type(String type) {
		if (type.startsWith("character varying")) {
			return "文字列" + type.substring("character varying".length());
		}
		if (type.startsWith("character")) {
			return "固定長文字列" + type.substring("character".length());
		}
		return switch (type) {
			case "bigint", "integer", "smallint" -> "整数";
			case "numeric" -> "数値";
			case "text" -> "文字列";
			case "text[]" -> "文字列の配列";
			case "bigint[]" -> "整数の配列";
			case "boolean" -> "真偽値（t/f）";
			case "date" -> "日付";
			case "timestamp with time zone" -> "日時（時差付き）";
			case "time without time zone" -> "時刻";
			case "jsonb", "json" -> "JSON";
			case "bytea" -> "ファイル";
			case "uuid" -> "UUID";
			default -> type;
		};
	}

}
