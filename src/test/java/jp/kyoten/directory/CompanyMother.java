package jp.kyoten.directory;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

import jp.kyoten.platform.tenancy.HubScope;

/**
 * Builds companies for tests:
 * {@code CompanyMother.company("株式会社テスト").in("43100").build()}.
 */
final class CompanyMother {

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 100_000_000L);

	private String corporateNumber;

	private String name;

	private String kana;

	private String municipality;

	private Integer employees;

	private String mainBank;

	private boolean closed;

	private CompanyMother(String name) {
		this.name = name;
	}

	static CompanyMother company(String name) {
		return new CompanyMother(name);
	}

	/**
	 * A valid corporate number nobody else has (the demo data's are random; these start
	 * with 9999).
	 */
	static String freshCorporateNumber() {
		return CorporateNumber.of("9999" + "%08d".formatted(SEQUENCE.incrementAndGet() % 100_000_000L));
	}

	CompanyMother kana(String kana) {
		this.kana = kana;
		return this;
	}

	CompanyMother corporateNumber(String number) {
		this.corporateNumber = number;
		return this;
	}

	CompanyMother withCorporateNumber() {
		return corporateNumber(freshCorporateNumber());
	}

	CompanyMother in(String municipalityCode) {
		this.municipality = municipalityCode;
		return this;
	}

	CompanyMother employees(int employees) {
		this.employees = employees;
		return this;
	}

	CompanyMother mainBank(String bank) {
		this.mainBank = bank;
		return this;
	}

	CompanyMother closed() {
		this.closed = true;
		return this;
	}

	CompanyData build() {
		return new CompanyData(corporateNumber, name, kana, LegalForm.KABUSHIKI_KAISHA, null, null, municipality, null,
				"E", employees, null, "代表 太郎", mainBank, null, null, true, false, false, false, false, closed, null,
				null);
	}

	/**
	 * Registers the company in the hub, as staff would (confirming a possible duplicate),
	 * and answers its id.
	 */
	long registerIn(long hubId, RegisterCompany register) {
		CompanyData data = build();
		return HubScope.callAs(hubId, () -> register.register(data, true).id());
	}

	static long hubId(JdbcClient jdbc, String slug) {
		return jdbc.sql("SELECT id FROM hub WHERE slug = ?").param(slug).query(Long.class).single();
	}

}
