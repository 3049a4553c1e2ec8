package jp.kyoten.reporting;

/**
 * The versioned reports a hub submits: the 月次報告 to the prefecture and the Cabinet Office
 * (seed 000 §5(1)⑤), and the METI talent programme's 実績報告, due by the 15th of the next
 * month (seed 001 §3(4)).
 */
public enum ReportKind {

	MONTHLY("月次報告"), METI("実績報告");

	private final String label;

	ReportKind(String label) {
		this.label = label;
	}

	/** The report's Japanese name, as the audit log shows it. */
	public String label() {
		return label;
	}

}
