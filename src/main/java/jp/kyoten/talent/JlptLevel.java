package jp.kyoten.talent;

/** Japanese level: JLPT N1–N5, or none. */
public enum JlptLevel {

	N1, N2, N3, N4, N5, NONE

}
