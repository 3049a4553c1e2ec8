package jp.kyoten.platform.pdf;

import java.util.HashMap;

import com.lowagie.text.pdf.CFFFontSubset;
import com.lowagie.text.pdf.RandomAccessFileOrArray;

/**
 * OpenPDF's CFF subsetter with one Type 2 charstring rule it misses, the reason 開 printed
 * broken.
 * <p>
 * A charstring may declare its vertical stems implicitly: operands left on the stack
 * before the first {@code hintmask}/{@code cntrmask} are vstem pairs (Adobe TN #5177,
 * §4.3, "vstem hint operator need not be included"). OpenPDF counts only explicit stems,
 * so it reads a hint mask one byte short, mistakes the mask byte for operators, misses
 * the subroutine calls that follow and drops those subroutines from the subset: Noto Sans
 * CJK's 開 (新商品・サービス 開発, 海外展開, 開催日) loses its 門. Here such a mask operator is first
 * reported as {@code vstemhm}, which the parser counts as stems and which clears the
 * stack, and then read again as the mask it is.
 */
final class CffSubsetKeepingImplicitStems extends CFFFontSubset {

	private static final int HINTMASK = 19;

	private static final int CNTRMASK = 20;

	CffSubsetKeepingImplicitStems(byte[] cff, HashMap<Integer, int[]> glyphsUsed) {
		super(new RandomAccessFileOrArray(cff), glyphsUsed);
	}

	@Override
	protected void ReadCommand() {
		super.ReadCommand();
		if (("hintmask".equals(key) || "cntrmask".equals(key)) && arg_count >= 2) {
			try {
				int after = buf.getFilePointer();
				buf.seek(after - 1);
				int op = buf.read();
				if (op != HINTMASK && op != CNTRMASK) {
					buf.seek(after);
					return;
				}
				buf.seek(after - 1);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			key = "vstemhm";
		}
	}

}
