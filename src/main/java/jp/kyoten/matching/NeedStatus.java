package jp.kyoten.matching;

import java.util.EnumSet;
import java.util.Set;

/**
 * Status of a talent need (DOMAIN.md): 掘り起こし → ニーズ確定 → 事業者選定中 → 取り繋ぎ済 → 選考中 → 成約 | 不成約 |
 * 取下げ. Labels are messages {@code needStatus.X}.
 */
public enum NeedStatus {

	/** 掘り起こし */
	PROSPECTING,
	/** ニーズ確定 */
	DEFINED,
	/** 事業者選定中 */
	SELECTING,
	/** 取り繋ぎ済 */
	HANDED_OFF,
	/** 選考中 */
	IN_SELECTION,
	/** 成約 */
	PLACED,
	/** 不成約 */
	NOT_PLACED,
	/** 取下げ */
	WITHDRAWN;

	public static final String CODES = "PROSPECTING|DEFINED|SELECTING|HANDED_OFF|IN_SELECTION|PLACED|NOT_PLACED|WITHDRAWN";

	/** Whether the need is still being worked on: not 成約, 不成約 or 取下げ. */
	public boolean open() {
		return this != PLACED && this != NOT_PLACED && this != WITHDRAWN;
	}

	/** The statuses a need may move to from this one; the rest is refused. */
	Set<NeedStatus> next() {
		return switch (this) {
			case PROSPECTING -> EnumSet.of(DEFINED, SELECTING, WITHDRAWN);
			case DEFINED -> EnumSet.of(PROSPECTING, SELECTING, WITHDRAWN);
			case SELECTING -> EnumSet.of(DEFINED, HANDED_OFF, WITHDRAWN);
			case HANDED_OFF -> EnumSet.of(IN_SELECTION, PLACED, NOT_PLACED, WITHDRAWN);
			case IN_SELECTION -> EnumSet.of(HANDED_OFF, PLACED, NOT_PLACED, WITHDRAWN);
			case PLACED -> EnumSet.noneOf(NeedStatus.class);
			// a hire reported after 不成約 still counts once confirmed
			case NOT_PLACED -> EnumSet.of(DEFINED, PLACED);
			case WITHDRAWN -> EnumSet.of(DEFINED);
		};
	}

	/**
	 * The statuses staff may set by hand; the others follow from sheets, hand-offs and
	 * confirmed placements.
	 */
	static Set<NeedStatus> manual() {
		return EnumSet.of(PROSPECTING, DEFINED, IN_SELECTION, NOT_PLACED, WITHDRAWN);
	}

}
