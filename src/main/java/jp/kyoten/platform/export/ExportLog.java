package jp.kyoten.platform.export;

/**
 * Where {@link ListExports} reports each export, for the audit log: the platform depends
 * on no module, so the audit module implements this and writes the entry (who, which
 * list, the filters, how many rows). There must be one such bean; without it no list can
 * be exported.
 */
public interface ExportLog {

	void exported(ListExported export);

}
