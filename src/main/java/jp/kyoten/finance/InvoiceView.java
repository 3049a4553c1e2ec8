package jp.kyoten.finance;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/** 請求書 issued by the hub to an agency, and how much of it has been paid. */
public record InvoiceView(long id, long agencyId, String agencyName, String number, LocalDate issuedOn, long amount,
		long paid, String note) {

	@JsonProperty
	public long outstanding() {
		return amount - paid;
	}

}
