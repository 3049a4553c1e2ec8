/**
 * The one PDF document kit: {@link jp.kyoten.platform.pdf.PdfDocuments} gives an
 * {@link jp.kyoten.platform.pdf.OfficialPdf} (title block with hub, period, 作成日 in 和暦 and
 * 西暦, stamp boxes, page numbers 「1 / 3」) whose tables
 * ({@link jp.kyoten.platform.pdf.PdfTable}) right-align grouped figures and size their
 * columns to the Japanese headings. The Japanese font is set once
 * ({@code kyoten.pdf.font}) and subset here, because OpenPDF's CFF subsetter breaks
 * glyphs such as 開.
 */
package jp.kyoten.platform.pdf;
