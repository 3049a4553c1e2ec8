package jp.kyoten.platform.pdf;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Where every PDF of Kyoten starts: the one document kit, with the one Japanese font
 * ({@code kyoten.pdf.font}, read once, on the first document). A module builds its
 * document on an {@link OfficialPdf} and its tables as {@link PdfTable}s:
 *
 * <pre>{@code
 * byte[] pdf = documents.landscape("月次報告 令和8年5月")
 *     .hub("熊本県プロフェッショナル人材戦略拠点")
 *     .period(JapaneseDates.both(YearMonth.of(2026, 5)))
 *     .createdOn(today)
 *     .stampBoxes("担当", "確認", "承認")
 *     .heading("成果指標")
 *     .table(PdfTable.withColumns("指標", "当月", "累計").row("相談件数", 21, 130))
 *     .toPdf();
 * }</pre>
 *
 * Names, not codes: the caller passes labels (prefecture and municipality names, message
 * texts), never a code.
 */
@Component
public class PdfDocuments {

	private final PdfSettings settings;

	private final MessageSource messages;

	private volatile JapaneseFont font;

	/**
	 * Also for code outside Spring (a test, a benchmark): messages {@code pdf.*} come
	 * from i18n/platform.
	 */
	public PdfDocuments(PdfSettings settings, MessageSource messages) {
		this.settings = settings;
		this.messages = messages;
	}

	/** An A4 portrait document: selection sheets, letters. */
	public OfficialPdf portrait(String title) {
		return new OfficialPdf(font(), labels(), OfficialPdf.Layout.PORTRAIT, title);
	}

	/** An A4 landscape document: reports with wide tables. */
	public OfficialPdf landscape(String title) {
		return new OfficialPdf(font(), labels(), OfficialPdf.Layout.LANDSCAPE, title);
	}

	/**
	 * The kit's own words, in Japanese: an official document is Japanese whatever the
	 * user's language.
	 */
	private OfficialPdf.Labels labels() {
		return new OfficialPdf.Labels(messages.getMessage("pdf.createdOn", null, Locale.JAPANESE));
	}

	/**
	 * @throws IllegalStateException when the configured font is missing
	 */
	private JapaneseFont font() {
		JapaneseFont loaded = font;
		if (loaded == null) {
			synchronized (this) {
				loaded = font;
				if (loaded == null) {
					loaded = JapaneseFont.load(settings.font());
					font = loaded;
				}
			}
		}
		return loaded;
	}

}
