package jp.kyoten.finance;

/**
 * How a person on the hub's books is paid: by the hour worked (人件費), or per 事案 (謝金, seed
 * 004 IX).
 */
public enum PayBasis {

	HOURLY, PER_CASE

}
