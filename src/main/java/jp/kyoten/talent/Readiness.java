package jp.kyoten.talent;

/** How ready the talent is for interviews after counselling: 準備前, 準備中, 面接可. */
public enum Readiness {

	NOT_READY, PREPARING, READY

}
