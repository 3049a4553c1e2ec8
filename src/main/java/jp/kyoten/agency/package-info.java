/**
 * Recruitment agencies (事前登録事業者 / 民間人材ビジネス事業者) registered with a hub: their licence,
 * registration status (申請中 → 登録 → 停止 / 取消) checked against the hub's own registration
 * requirements, their strengths and contacts. Other modules use
 * {@link jp.kyoten.agency.Agencies} (for example the eligible agencies offered to a
 * company without preference), and react to {@link jp.kyoten.agency.AgencyRegistered},
 * {@link jp.kyoten.agency.AgencySuspended} and {@link jp.kyoten.agency.AgencyRevoked};
 * for reading in SQL it publishes the view {@code kpi_agency} (migration V222, ADR 210).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recruitment agencies")
package jp.kyoten.agency;
