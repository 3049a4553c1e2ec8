package jp.kyoten.directory;

/**
 * A municipality (全国地方公共団体コード without the check digit), its name and its reading in
 * hiragana (くまもとし), for choosing in filters and the type-ahead.
 */
public record Municipality(String code, String name, String reading) {
}
