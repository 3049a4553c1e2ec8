package jp.kyoten.directory;

/** A municipality (全国地方公共団体コード without the check digit) and its name, for choosing in filters. */
public record Municipality(String code, String name) {
}
