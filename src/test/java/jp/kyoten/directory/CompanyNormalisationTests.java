package jp.kyoten.directory;

import org.junit.jupiter.api.Test;

import jp.kyoten.platform.text.JapaneseFold;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyNormalisationTests {

	@Test
	void halfWidthKanaBecomesFullWidthKatakana() {
		assertThat(JapaneseText.normalize("ｸﾏﾓﾄ")).isEqualTo("クマモト");
		assertThat(JapaneseText.normalize("ｶﾞｽ")).isEqualTo("ガス");
	}

	@Test
	void hiraganaBecomesKatakana() {
		assertThat(JapaneseText.normalize("くまもと")).isEqualTo("クマモト");
		assertThat(JapaneseText.normalize("くまもと")).isEqualTo(JapaneseText.normalize("クマモト"))
			.isEqualTo(JapaneseText.normalize("ｸﾏﾓﾄ"));
	}

	@Test
	void fullWidthLatinAndDigitsBecomeAsciiInLowerCase() {
		assertThat(JapaneseText.normalize("ＡＢＣ商事")).isEqualTo("abc商事");
		assertThat(JapaneseText.normalize("ABC商事")).isEqualTo("abc商事");
		assertThat(JapaneseText.normalize("第１工業")).isEqualTo("第1工業");
	}

	@Test
	void legalFormsAndTheirAbbreviationsAreIgnoredWhereverTheyStand() {
		String expected = "熊本精機";
		assertThat(JapaneseText.normalize("株式会社熊本精機")).isEqualTo(expected);
		assertThat(JapaneseText.normalize("熊本精機株式会社")).isEqualTo(expected);
		assertThat(JapaneseText.normalize("(株)熊本精機")).isEqualTo(expected);
		assertThat(JapaneseText.normalize("熊本精機（株）")).isEqualTo(expected);
		assertThat(JapaneseText.normalize("㈱熊本精機")).isEqualTo(expected);
		assertThat(JapaneseText.normalize("熊本精機㈲")).isEqualTo(expected);
		assertThat(JapaneseText.normalize("有限会社 熊本精機")).isEqualTo(expected);
		assertThat(JapaneseText.normalize("合同会社熊本精機")).isEqualTo(expected);
		assertThat(JapaneseText.normalize("一般社団法人熊本精機")).isEqualTo(expected);
		assertThat(JapaneseText.normalize("医療法人社団熊本精機")).isEqualTo(expected);
		assertThat(JapaneseText.normalize("特定非営利活動法人熊本精機")).isEqualTo(expected);
		assertThat(JapaneseText.normalize("ＮＰＯ法人熊本精機")).isEqualTo(expected);
		assertThat(JapaneseText.normalize("熊本精機協同組合")).isEqualTo(expected);
		assertThat(JapaneseText.normalize("カブシキガイシャクマモトセイキ")).isEqualTo("クマモトセイキ");
	}

	@Test
	void spacesPunctuationAndMiddleDotsAreRemovedButTheLongVowelMarkStays() {
		assertThat(JapaneseText.normalize("熊本・精機　サービス")).isEqualTo("熊本精機サービス");
		assertThat(JapaneseText.normalize("ｻｰﾋﾞｽ･ﾜﾝ")).isEqualTo("サービスワン");
		assertThat(JapaneseText.normalize("A&B co., Ltd.")).isEqualTo("ab");
	}

	@Test
	void searchTextAndGramsCoverNameAndKana() {
		assertThat(JapaneseText.searchText("株式会社熊本精機", "くまもとせいき")).isEqualTo("熊本精機 クマモトセイキ");
		assertThat(JapaneseText.searchGrams("株式会社熊本精機", "クマモトセイキ"))
			.contains("熊", "熊本", "本精", "精機", "機", "ク", "クマ", "マモ", "セイ", "キ")
			.doesNotContain("機ク", "株式");
		assertThat(JapaneseText.queryGrams("熊本精")).containsExactly("熊本", "本精");
		assertThat(JapaneseText.queryGrams("熊")).containsExactly("熊");
	}

	@Test
	void kanaIsStoredAsFullWidthKatakana() {
		assertThat(JapaneseFold.displayKana("ｸﾏﾓﾄ ｾｲｷ")).isEqualTo("クマモト セイキ");
		assertThat(JapaneseFold.displayKana("くまもとせいき")).isEqualTo("クマモトセイキ");
		assertThat(JapaneseFold.displayKana("  ")).isNull();
	}

	@Test
	void digitsAreRecognisedAfterNfkc() {
		assertThat(JapaneseText.isDigits("７０００")).isTrue();
		assertThat(JapaneseText.digitsOf("７０００ ０１２")).isEqualTo("7000012");
		assertThat(JapaneseText.isDigits("熊本1")).isFalse();
	}

}
