package jp.kyoten.talent;

/**
 * A foreign talent's sensitive fields: nationality, 在留資格, Japanese level. Any may be
 * unknown (null).
 */
public record ForeignDetail(String nationality, ResidenceStatus residenceStatus, JlptLevel jlpt) {

	public boolean empty() {
		return (nationality == null || nationality.isBlank()) && residenceStatus == null && jlpt == null;
	}

}
