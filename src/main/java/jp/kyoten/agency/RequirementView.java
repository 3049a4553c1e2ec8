package jp.kyoten.agency;

/** One of the hub's registration requirements. */
public record RequirementView(long id, String label, String description, int sortOrder, boolean active) {
}
