package jp.kyoten.activity;

import java.time.LocalDate;

/**
 * Published when a consultation is recorded; {@code followUp} tells a 継続相談 from a new
 * one.
 */
public record ConsultationRecorded(long hubId, long consultationId, long companyId, LocalDate date, boolean followUp) {
}
