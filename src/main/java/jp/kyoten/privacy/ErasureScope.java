package jp.kyoten.privacy;

/**
 * What an erasure takes: the hub's personal data, or the whole hub (its settings and the
 * hub itself too).
 */
public enum ErasureScope {

	PERSONAL, HUB

}
