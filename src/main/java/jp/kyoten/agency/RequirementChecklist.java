package jp.kyoten.agency;

import java.util.List;

/**
 * An agency's checklist against the hub's active registration requirements, as
 * registration needs it.
 */
record RequirementChecklist(List<ChecklistItem> items) {

	RequirementChecklist {
		items = List.copyOf(items);
	}

	/** Labels of the active requirements not yet confirmed, in the hub's order. */
	List<String> missing() {
		return items.stream().filter(i -> !i.satisfied()).map(ChecklistItem::label).toList();
	}

	boolean complete() {
		return missing().isEmpty();
	}

}
