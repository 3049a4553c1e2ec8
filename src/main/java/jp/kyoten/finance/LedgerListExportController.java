package jp.kyoten.finance;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kyoten.platform.export.Label;
import jp.kyoten.platform.export.ListColumns;
import jp.kyoten.platform.export.ListExports;
import jp.kyoten.platform.web.FormText;
import jp.kyoten.platform.web.ListParams;

/**
 * 経費帳簿 as xlsx or CSV (docs/adr/242): every entry of the fiscal year the ledger page
 * shows, latest first as it lists them (all of them, not the page of 50), with its
 * category, payee, purpose, amount, tax and whether it reverses another. The page is the
 * finance readers'; the export is also refused to whoever may not take data out.
 */
@Controller
@PreAuthorize(FinanceRoles.READERS)
class LedgerListExportController {

	static final ListColumns<EntryView> COLUMNS = ListColumns.<EntryView>of("finance_entry", "export.list.ledger")
		.column("finance.entry.id", EntryView::id)
		.column("finance.entry.date", EntryView::entryDate)
		.column("finance.entry.category", e -> Label.of("finance.category.", e.category()))
		.column("finance.entry.payee", EntryView::payee)
		.column("finance.entry.purpose", EntryView::purpose)
		.column("finance.entry.amount", EntryView::amount)
		.column("finance.entry.tax", EntryView::tax)
		.column("export.col.reverses", EntryView::reverses)
		.column("finance.entry.locked", EntryView::locked);

	private final Ledger ledger;

	private final FinancePages pages;

	private final ListExports exports;

	LedgerListExportController(Ledger ledger, FinancePages pages, ListExports exports) {
		this.ledger = ledger;
		this.pages = pages;
		this.exports = exports;
	}

	/**
	 * The same parameter as the ledger page ({@code LedgerController#ledger}): the fiscal
	 * year, else the current.
	 */
	@GetMapping("/finance/ledger/list.{extension}")
	void export(@RequestParam(required = false) Integer fiscalYear, @RequestParam(required = false) String q,
			ListParams list, HttpServletRequest request, HttpServletResponse response) {
		int year = pages.fiscalYear(fiscalYear);
		exports.respond(COLUMNS, request, response,
				each -> ledger.eachEntryAsListed(year, FormText.trimmed(q), list.request(Ledger.SORTING), each));
	}

}
