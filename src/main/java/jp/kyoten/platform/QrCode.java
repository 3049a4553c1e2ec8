package jp.kyoten.platform;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code as the path data of an SVG (one unit per module, four modules of quiet zone),
 * to draw inline without any script or style:
 * {@code <svg viewBox="0 0 size size"><path d="…"/></svg>}. For the survey link shown at
 * an event and for the authenticator-app key shown at two-factor enrolment.
 */
public record QrCode(int size, String path) {

	public static QrCode of(String text) {
		try {
			BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
			StringBuilder d = new StringBuilder();
			for (int y = 0; y < m.getHeight(); y++) {
				for (int x = 0; x < m.getWidth(); x++) {
					if (m.get(x, y)) {
						int run = 1;
						while (x + run < m.getWidth() && m.get(x + run, y)) {
							run++;
						}
						d.append('M')
							.append(x)
							.append(' ')
							.append(y)
							.append('h')
							.append(run)
							.append("v1h-")
							.append(run)
							.append('z');
						x += run - 1;
					}
				}
			}
			return new QrCode(m.getWidth(), d.toString());
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("cannot encode as QR code", ex);
		}
	}

	public String viewBox() {
		return "0 0 " + size + " " + size;
	}

}
