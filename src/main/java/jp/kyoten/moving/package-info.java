/**
 * Moving in (引っ越し取込): a hub brings its own spreadsheets — its company ledger with
 * contacts and its consultation log — into Kyoten: upload (xlsx, xls, CSV in UTF-8 or
 * Shift_JIS), the sheet and header row, columns mapped to fields (suggested from their
 * headers, saved by name for the next file), coded values mapped, a dry run with every
 * row's errors and counts, the choice per row where the directory holds several possible
 * companies, the import in the background, the rejected rows as a spreadsheet with their
 * reason, and undo of an import as a whole. It writes only through the directory's
 * {@link jp.kyoten.directory.ImportedCompanies} and activity's
 * {@link jp.kyoten.activity.ImportedConsultations}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Moving in")
package jp.kyoten.moving;
