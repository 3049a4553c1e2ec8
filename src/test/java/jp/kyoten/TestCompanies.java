package jp.kyoten;

import java.util.List;

import jp.kyoten.directory.Companies;
import jp.kyoten.directory.CompanyData;
import jp.kyoten.directory.NewCompany;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * Companies for tests of other modules, registered through the directory's API in a demo
 * hub: {@code companies.in("kumamoto").industry("E").employees(30).create("株式会社テスト")}.
 */
public final class TestCompanies {

	private final Companies companies;

	private final Hubs hubs;

	private String hubSlug = "kumamoto";

	private String industry;

	private Integer employees;

	private String municipality = "43100";

	public TestCompanies(Companies companies, Hubs hubs) {
		this.companies = companies;
		this.hubs = hubs;
	}

	public TestCompanies in(String hubSlug) {
		TestCompanies copy = copy();
		copy.hubSlug = hubSlug;
		copy.municipality = "fukuoka".equals(hubSlug) ? "40130" : "43100";
		return copy;
	}

	public TestCompanies industry(String industry) {
		TestCompanies copy = copy();
		copy.industry = industry;
		return copy;
	}

	public TestCompanies employees(int employees) {
		TestCompanies copy = copy();
		copy.employees = employees;
		return copy;
	}

	/** In another municipality of the hub's prefecture (全国地方公共団体コード, five digits). */
	public TestCompanies municipality(String code) {
		TestCompanies copy = copy();
		copy.municipality = code;
		return copy;
	}

	public long hubId() {
		return hubs.bySlug(hubSlug).orElseThrow().getId();
	}

	/** Registers the company and answers its id. */
	public long create(String name) {
		CompanyData data = new CompanyData(null, name, null, null, null, municipality.substring(0, 2), municipality,
				null, industry, employees, null, null, null, null, null, true, null, null, null, null, null, null,
				null);
		return HubScope.callAs(hubId(), () -> companies.registerAll(List.of(new NewCompany(data, List.of())))).get(0);
	}

	private TestCompanies copy() {
		TestCompanies copy = new TestCompanies(companies, hubs);
		copy.hubSlug = hubSlug;
		copy.industry = industry;
		copy.employees = employees;
		copy.municipality = municipality;
		return copy;
	}

}
