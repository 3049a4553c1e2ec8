package jp.kyoten.platform.pdf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import java.awt.image.BufferedImage;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import com.lowagie.text.pdf.BaseFont;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class OfficialPdfTests {

	static final String NOTO = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,0";

	static PdfDocuments kit() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/platform/messages");
		messages.setDefaultEncoding("UTF-8");
		return new PdfDocuments(new PdfSettings(NOTO), messages);
	}

	@Test
	void printsKaiWholeAndKeepsItInTheTextLayer() {
		byte[] pdf = kit().portrait("開の字の確認").text("新商品・サービス開発　海外展開　開催日　閉 間 関 聞").toPdf();

		assertThat(PdfPages.compactText(pdf)).contains("新商品・サービス開発", "海外展開", "開催日");
		List<Path> pages = PdfPages.render(pdf, "pdf-kit-kai");
		assertThat(pages).hasSize(1);
	}

	@Test
	void subsetDrawsKaiAsTheWholeFontDoes() throws Exception {
		String kai = "開発 海外展開 開催日";
		BaseFont whole = BaseFont.createFont(NOTO, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, null, null);
		whole.setSubset(false);
		BaseFont openPdfSubset = BaseFont.createFont(NOTO, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, null, null);
		BaseFont ours = JapaneseFont.load(NOTO).forDocument(kai.codePoints().boxed().collect(Collectors.toSet()));

		BufferedImage expected = image(oneLine(whole, kai), "pdf-kit-kai-whole-font");
		assertThat(image(oneLine(ours, kai), "pdf-kit-kai-subset")).as("our subset draws 開 as the whole font does")
			.satisfies(actual -> assertThat(differingPixels(actual, expected)).isZero());
		assertThat(differingPixels(image(oneLine(openPdfSubset, kai), "pdf-kit-kai-openpdf-subset"), expected))
			.as("OpenPDF's own CFF subset loses part of 開 (the defect this kit works around)")
			.isGreaterThan(50);
	}

	private static byte[] oneLine(BaseFont font, String text) throws Exception {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		com.lowagie.text.Document doc = new com.lowagie.text.Document(com.lowagie.text.PageSize.A7.rotate());
		com.lowagie.text.pdf.PdfWriter.getInstance(doc, out);
		doc.open();
		doc.add(new com.lowagie.text.Paragraph(text, new com.lowagie.text.Font(font, 16)));
		doc.close();
		return out.toByteArray();
	}

	private static BufferedImage image(byte[] pdf, String name) throws Exception {
		return ImageIO.read(PdfPages.render(pdf, name).get(0).toFile());
	}

	private static long differingPixels(BufferedImage a, BufferedImage b) {
		assertThat(a.getWidth()).isEqualTo(b.getWidth());
		long differing = 0;
		for (int y = 0; y < a.getHeight(); y++) {
			for (int x = 0; x < a.getWidth(); x++) {
				if (a.getRGB(x, y) != b.getRGB(x, y)) {
					differing++;
				}
			}
		}
		return differing;
	}

	@Test
	void opensWithTheTitleBlockAndNumbersEveryPage() {
		PdfTable table = PdfTable.withColumns("相談日", "企業名", "新規参加企業数", "手数料（円）");
		for (int i = 0; i < 120; i++) {
			table.row(LocalDate.of(2026, 4, 1).plusDays(i), "くまもと精密工業株式会社 " + i, i, 1_234_567L + i);
		}
		table.total("合計", "", 7140, 148_155_180L);
		byte[] pdf = kit().landscape("月次報告")
			.addressee("熊本県 商工労働部 御中")
			.hub("熊本県プロフェッショナル人材戦略拠点")
			.period("対象期間　" + JapaneseDates.both(YearMonth.of(2026, 5)))
			.createdOn(LocalDate.of(2026, 12, 6))
			.stampBoxes("担当", "確認", "承認")
			.heading("成約一覧")
			.table(table)
			.toPdf();

		String text = PdfPages.compactText(pdf);
		int pages = PdfPages.pageCount(pdf);
		assertThat(pages).isGreaterThan(2);
		assertThat(text).contains("月次報告", "熊本県プロフェッショナル人材戦略拠点", "作成日　令和8年12月6日（2026年12月6日）", "対象期間　令和8年5月（2026年5月）",
				"担当", "確認", "承認", "熊本県商工労働部御中", "1,234,567", "148,155,180", "7,140", "2026/04/01", "1/" + pages,
				pages + "/" + pages);
		assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("/FontFile3");
		PdfPages.render(pdf, "pdf-kit-report");
	}

	@Test
	void neverStacksAHeadingOneCharacterPerLine() {
		PdfTable table = PdfTable.withColumns("行事", "日付", "開催数", "申込数", "キャンセル待ち", "キャンセル", "参加者数", "欠席者数", "参加企業数",
				"新規参加企業数", "継続参加企業数", "支援機関参加数", "人材参加数", "回答数", "上位2回答数", "満足度", "内定件数");
		table.row("経営者向けセミナー「DXで変わる人材戦略」", "2026/05/20", 1, 48, 2, 3, 41, 7, 30, 12, 18, 4, 2, 35, 33,
				PdfTable.right("94.3 %"), 0);
		JapaneseFont font = JapaneseFont.load(NOTO);
		float available = com.lowagie.text.PageSize.A4.getHeight() - 72;
		float[] widths = ColumnWidths.of(table, available, s -> font.width(s, 8) * 1.05, s -> font.width(s, 8));
		for (int c = 0; c < widths.length; c++) {
			float headingOnOneLine = font.width(table.headers.get(c), 8) * 1.05f;
			assertThat(widths[c] - ColumnWidths.PADDING).as(table.headers.get(c))
				.isGreaterThanOrEqualTo(headingOnOneLine / 2);
		}
	}

	@Test
	void formatsFiguresWithSeparatorsAndYearsAsText() {
		assertThat(PdfTable.text(1500000)).isEqualTo("1,500,000");
		assertThat(PdfTable.text(new java.math.BigDecimal("12345.5"))).isEqualTo("12,345.5");
		assertThat(PdfTable.text("2026")).isEqualTo("2026");
		assertThat(JapaneseDates.both(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日（2019年5月1日）");
		assertThat(JapaneseDates.wareki(YearMonth.of(2026, 4))).isEqualTo("令和8年4月");
	}

}
