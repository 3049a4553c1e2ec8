package jp.kyoten.talent;

/**
 * The programme a matching event serves, by the talent it matches (seed 001 §2(2)①(c)
 * デジタル推進人材とのマッチング, ②(c) 高度外国人材とのマッチング; seed 002 §2(1) for the others); its 内定率 is counted
 * per programme. GENERAL: a matching event for every kind.
 */
public enum TalentProgramme {

	DIGITAL, FOREIGN, YOUTH, WOMEN, SENIOR, GENERAL

}
