package jp.kyoten.schedule;

import java.util.function.LongPredicate;

/**
 * Declared as a bean by the module that owns what an appointment can point at (the
 * directory its companies, activity its consultations, events its events), so that the
 * schedule refuses a link to a record that does not exist or belongs to another hub
 * without reading another module's tables.
 *
 * @param existsInScope whether the record exists in the hub in scope (row-level security
 * hides every other hub's)
 */
public record AppointmentLinkTarget(AppointmentLink link, LongPredicate existsInScope) {
}
