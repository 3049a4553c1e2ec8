package jp.kyoten.platform.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * What a test sees of a PDF: its text layer (OpenPDF's extractor) and its pages rendered
 * by poppler's pdftoppm into target/screenshots, for a person to look at.
 */
public final class PdfPages {

	private PdfPages() {
	}

	/** The text of every page, pages separated by a line break. */
	public static String text(byte[] pdf) {
		try {
			PdfReader reader = new PdfReader(pdf);
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
			return text.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The text without white space: table cells wrap, and the extractor joins their lines
	 * with a space.
	 */
	public static String compactText(byte[] pdf) {
		return text(pdf).replaceAll("\\s", "");
	}

	public static int pageCount(byte[] pdf) {
		try {
			return new PdfReader(pdf).getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Renders every page with pdftoppm at 100 dpi to target/screenshots/NAME-1.png,
	 * NAME-2.png …, and keeps the PDF beside them; fails when poppler cannot read the
	 * file.
	 */
	public static List<Path> render(byte[] pdf, String name) {
		try {
			Path dir = Files.createDirectories(Path.of("target", "screenshots"));
			Path file = dir.resolve(name + ".pdf");
			Files.write(file, pdf);
			Process p = new ProcessBuilder("pdftoppm", "-r", "100", "-png", file.toString(),
					dir.resolve(name).toString())
				.redirectErrorStream(true)
				.start();
			String output = new String(p.getInputStream().readAllBytes());
			if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || !output.isBlank()) {
				throw new AssertionError("pdftoppm could not render " + file + ": " + output);
			}
			List<Path> pages = new ArrayList<>();
			try (var files = Files.list(dir)) {
				files.filter(
						f -> f.getFileName().toString().matches(java.util.regex.Pattern.quote(name) + "-\\d+\\.png"))
					.sorted()
					.forEach(pages::add);
			}
			return pages;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

}
