package jp.kyoten.events;

/**
 * An extra question of an event's registration form; the answer is stored under
 * {@code q<number>}.
 */
record QuestionView(long id, int number, String label, boolean required) {

	public String key() {
		return "q" + number;
	}

}
