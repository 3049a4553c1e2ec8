package jp.kyoten.moving;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.springframework.stereotype.Service;

import jp.kyoten.audit.AuditAction;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * Keeps an uploaded spreadsheet for its import: stored under a name of its own (never the
 * one given), its format told from its name and checked by reading its sheets, a CSV's
 * encoding detected unless the person said which, and a saved mapping applied when one is
 * named.
 */
@Service
public class UploadSpreadsheet {

	private final MovingInSettings settings;

	private final SpreadsheetImports imports;

	private final AuditTrail audit;

	UploadSpreadsheet(MovingInSettings settings, SpreadsheetImports imports, AuditTrail audit) {
		this.settings = settings;
		this.imports = imports;
		this.audit = audit;
	}

	/**
	 * @param encoding AUTO to detect a CSV's
	 * @param mappingName a saved mapping to apply, or null
	 * @throws BusinessRuleException {@code moving.upload.*} for a file that is not a
	 * spreadsheet
	 */
	public long upload(String fileName, InputStream content, SpreadsheetReader.Encoding encoding, String mappingName,
			String email) {
		String name = safeName(fileName);
		SpreadsheetReader.Format format;
		try {
			format = SpreadsheetReader.Format.of(name);
		}
		catch (CellProblem ex) {
			throw new BusinessRuleException("moving.upload.format", name);
		}
		Path stored;
		try {
			Files.createDirectories(settings.directory());
			stored = settings.directory()
				.resolve("hub-" + HubScope.require() + "-" + UUID.randomUUID() + "."
						+ format.name().toLowerCase(java.util.Locale.ROOT));
			Files.copy(content, stored, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			SpreadsheetReader.sheetNames(stored, format);
		}
		catch (CellProblem | UncheckedIOException ex) {
			deleteQuietly(stored);
			throw new BusinessRuleException("moving.upload.unreadable", name);
		}
		SpreadsheetReader.Encoding used = format == SpreadsheetReader.Format.CSV
				&& encoding == SpreadsheetReader.Encoding.AUTO ? SpreadsheetReader.detect(stored) : encoding;
		ColumnMapping saved = null;
		if (mappingName != null && !mappingName.isBlank()) {
			saved = imports.mappings().get(mappingName);
			if (saved == null) {
				deleteQuietly(stored);
				throw new BusinessRuleException("moving.mapping.unknown", mappingName);
			}
		}
		long id = imports.create(name, format, used, stored.toString(), email);
		if (saved != null) {
			imports.setMapping(id, saved, mappingName);
		}
		audit.record(AuditAction.IMPORT, "spreadsheet_import", id, "表計算ファイルをアップロード: " + name);
		return id;
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a file left behind is only disk space; the refusal is what the person needs
			// to hear
		}
	}

	static String safeName(String name) {
		if (name == null || name.isBlank()) {
			return "upload.xlsx";
		}
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		return base.length() > 200 ? base.substring(base.length() - 200) : base;
	}

}
