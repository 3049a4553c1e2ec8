package jp.kyoten.moving;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.kyoten.directory.Companies;
import jp.kyoten.hub.Hubs;

/**
 * The set-up the spreadsheet-import tests share, written once: the import's use cases,
 * the directory they match against, and a fresh {@link SpreadsheetImportFixture} (the
 * demo hub 熊本 and this test's tag) before each test.
 */
abstract class SpreadsheetImportTestCase {

	@Autowired
	UploadSpreadsheet upload;

	@Autowired
	SpreadsheetImports imports;

	@Autowired
	PreviewSpreadsheetImport preview;

	@Autowired
	RunSpreadsheetImport runner;

	@Autowired
	UndoSpreadsheetImport undo;

	@Autowired
	Companies companies;

	@Autowired
	Hubs hubs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@TempDir
	Path dir;

	/** The shared files, import run and queries of the spreadsheet-import tests. */
	SpreadsheetImportFixture f;

	long hub;

	String tag;

	@BeforeEach
	void fixture() {
		f = new SpreadsheetImportFixture(context, dir);
		hub = f.hub;
		tag = f.tag;
	}

}
