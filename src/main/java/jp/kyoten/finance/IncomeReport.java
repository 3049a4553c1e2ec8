package jp.kyoten.finance;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * 拠点の収入 of a fiscal year: the agreements, the income due per confirmed placement,
 * invoices and payments.
 */
public record IncomeReport(int fiscalYear, List<AgreementView> agreements, List<IncomeLine> lines,
		List<InvoiceView> invoices, List<AgencyIncome> agencies) {

	@JsonProperty
	public long due() {
		return lines.stream().mapToLong(IncomeLine::due).sum();
	}

	@JsonProperty
	public long invoiced() {
		return invoices.stream().mapToLong(InvoiceView::amount).sum();
	}

	@JsonProperty
	public long paid() {
		return invoices.stream().mapToLong(InvoiceView::paid).sum();
	}

	@JsonProperty
	public long receivable() {
		return invoiced() - paid();
	}

}
