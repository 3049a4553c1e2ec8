package jp.kyoten.directory;

/**
 * Published inside the transaction that merged two records of the same company: every module that keeps records
 * about a company (consultations, needs, visits…) moves those of {@code mergedId} to {@code keptId}, with an
 * {@code @ApplicationModuleListener} or, to move them in the same transaction, a synchronous {@code @EventListener}.
 * The merged record stays, marked as merged into the kept one, and no longer appears in searches or lists.
 */
public record CompaniesMerged(long keptId, long mergedId, long hubId) {
}
