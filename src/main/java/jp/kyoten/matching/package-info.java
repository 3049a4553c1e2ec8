/**
 * Matching (the Pro-hub core): talent needs (求人ニーズ) born from consultations, the
 * selection sheet of eligible registered agencies in a recorded, rotated order
 * (事業者選択シート), the company's own choice and the hand-off to the chosen agencies with the
 * record of what was provided to them (第三者提供の記録), the agency portal, and placements (成約)
 * that count once staff confirm them. Its use cases are its own (package-private: only
 * its pages, API and demo seed call them); its public types are its API: the read models
 * ({@link jp.kyoten.matching.Needs}, {@link jp.kyoten.matching.HandOffs},
 * {@link jp.kyoten.matching.CompanyProgress}), and for reading in SQL the views
 * {@code kpi_need}, {@code kpi_handoff}, {@code kpi_selection_place} and
 * {@code kpi_placement} (migration V224, ADR 210): other modules read those, never the
 * matching tables. It publishes the event {@link jp.kyoten.matching.PlacementConfirmed},
 * which the national module listens to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matching")
package jp.kyoten.matching;
