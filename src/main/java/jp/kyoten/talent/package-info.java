/**
 * The METI talent programme (seed 001 §2(2)①–②, §3; seed 002 §2(1)): the talent pool (人材:
 * デジタル推進人材, 高度外国人材, 若者, 女性, シニア) with skills from a maintained list, consent to hold the
 * data and, separately, to share an anonymised profile; foreign talent's sensitive fields
 * for counsellors only, every view audited; assessments of digital skills per area;
 * career counselling; matching events' participant companies and talent, interview sets
 * (面接セット) that book nobody twice, schedules, anonymised profiles, results whose offers
 * land in the events module's one 内定件数 ({@link jp.kyoten.events.RecordOffer}); the
 * programme's figures ({@link jp.kyoten.talent.MatchingFigures}) and the
 * {@code /api/v1/talent} and {@code /api/v1/matching-events} API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Talent")
package jp.kyoten.talent;
