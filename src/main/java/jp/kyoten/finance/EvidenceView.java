package jp.kyoten.finance;

/**
 * A file kept as evidence of an entry (領収書, 請求書…); its content is downloaded separately.
 */
public record EvidenceView(long id, long entryId, EvidenceKind kind, String filename, String contentType,
		int sizeBytes) {
}
