package jp.kyoten.reporting;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A hub submitted a version of a month's report (the first, or a correction): the bodies
 * it is addressed to learn of it. Carries when and which version, never what the report
 * says.
 */
public record ReportSubmitted(long hubId, ReportKind kind, YearMonth month, int version, Instant submittedAt) {
}
