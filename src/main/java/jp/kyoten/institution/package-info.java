/**
 * Support institutions (支援機関): banks, chambers of commerce, municipalities and the other
 * bodies a hub works with, their contact persons, and which of them are financial
 * institutions (KPI 4: placements referred by a financial institution). Other modules use
 * {@link jp.kyoten.institution.Institutions} and refer to an institution by its id; for
 * reading in SQL it publishes the view {@code kpi_institution} (migration V221, ADR 210).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support institutions")
package jp.kyoten.institution;
