package jp.kyoten.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import jp.kyoten.directory.JapaneseText;

/**
 * The one folding that the directory's name matching and the institution list's search
 * both start from.
 */
class JapaneseFoldTests {

	@Test
	void hiraganaHalfWidthKanaAndKatakanaFoldToOneForm() {
		assertThat(JapaneseFold.fold("ひご")).isEqualTo("ヒゴ");
		assertThat(JapaneseFold.fold("ﾋｺﾞ")).isEqualTo("ヒゴ");
		assertThat(JapaneseFold.fold("ヒゴ")).isEqualTo("ヒゴ");
	}

	@Test
	void fullWidthLatinFoldsToLowerCaseAscii() {
		assertThat(JapaneseFold.fold("ＪＦＣ")).isEqualTo("jfc");
		assertThat(JapaneseFold.fold("JFC")).isEqualTo("jfc");
	}

	@Test
	void theSearchFoldDropsEveryKindOfWhiteSpaceButKeepsPunctuation() {
		assertThat(JapaneseFold.fold("肥後　銀行 本店\t(株)")).isEqualTo("肥後銀行本店(株)");
		assertThat(JapaneseFold.fold(null)).isEmpty();
		assertThat(JapaneseFold.folded(null)).isNull();
	}

	@Test
	void iterationMarksTurnToKatakanaLikeTheOtherHiragana() {
		assertThat(JapaneseFold.toKatakana("いすゞ")).isEqualTo("イスヾ");
		assertThat(JapaneseFold.toKatakana("こゝろ")).isEqualTo("コヽロ");
	}

	@Test
	void theDirectoryNormalisationIsTheFoldWithoutLegalFormsAndPunctuation() {
		assertThat(JapaneseText.normalize("株式会社　くまもと・ｾｲｷ")).isEqualTo(JapaneseFold.fold("くまもと ｾｲｷ"));
		assertThat(JapaneseText.toKatakana("くまもと")).isEqualTo(JapaneseFold.toKatakana("くまもと"));
	}

}
