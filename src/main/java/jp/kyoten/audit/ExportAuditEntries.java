package jp.kyoten.audit;

import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.stereotype.Component;

import jp.kyoten.platform.export.ExportLog;
import jp.kyoten.platform.export.ListExported;

/**
 * Each list export in the audit log, through {@link AuditTrail} like every other entry:
 * 「相談一覧を書き出し（xlsx、1,234 行） 条件: channel=PHONE sort=date」, with who, from where and in
 * which hub as every entry has. A download that broke off says so with the rows written
 * up to then, since those rows left too.
 */
@Component
class ExportAuditEntries implements ExportLog {

	private final AuditTrail audit;

	ExportAuditEntries(AuditTrail audit) {
		this.audit = audit;
	}

	@Override
	public void exported(ListExported export) {
		String rows = NumberFormat.getIntegerInstance(Locale.JAPAN).format(export.rows());
		audit.record(AuditAction.EXPORT, "list", export.list(),
				export.title() + "を書き出し（" + export.file() + "、" + rows + " 行" + (export.complete() ? "" : "、途中で中断")
						+ "）" + (export.filters().isEmpty() ? " 条件なし" : " 条件: " + export.filters()));
	}

}
