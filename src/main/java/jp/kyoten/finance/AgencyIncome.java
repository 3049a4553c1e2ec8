package jp.kyoten.finance;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One agency's part of the hub's income in a fiscal year: due from its confirmed
 * placements, invoiced, paid. Not yet invoiced = due − invoiced; receivable (未収) =
 * invoiced − paid.
 */
public record AgencyIncome(long agencyId, String agencyName, long due, long invoiced, long paid) {

	@JsonProperty
	public long notInvoiced() {
		return due - invoiced;
	}

	@JsonProperty
	public long receivable() {
		return invoiced - paid;
	}

}
