/**
 * Directory (台帳): the hub's companies and their contacts (kept through
 * {@code platform.contact}, ADR 251) — registration with duplicate detection, search,
 * editing that remembers what staff changed by hand, merging of duplicates (ADR 245), the
 * company pages and the JSON API. Its public types are its API:
 * {@link jp.kyoten.directory.Companies}, {@link jp.kyoten.directory.CompanySearch},
 * {@link jp.kyoten.directory.JapaneseText}, {@link jp.kyoten.directory.CorporateNumber}
 * and the records they take and give, and for reading in SQL the view {@code kpi_company}
 * (migration V220, ADR 210): other modules read that, never the {@code company} table. A
 * hub's first registry load is staged and published in kana order (V283, ADR 252); the
 * system administrator searches every hub through the view {@code company_across_hubs}
 * (V281, ADR 253), which no other module reads.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package jp.kyoten.directory;
