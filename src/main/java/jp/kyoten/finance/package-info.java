/**
 * Finance: the hub's books by 経費区分 (seed 001 §10, seed 004 IX) with their evidence, budget against actual, the ratio
 * limits checked at the final inspection (一般管理費 ≤ 10 %, 再委託 ≤ 50 %), closed months with reversing entries, the
 * 確定検査 package, and the hub's own income from agency fee agreements applied to confirmed placements (seed 003).
 * It reads placements through {@link jp.kyoten.matching.Placements} and agencies through
 * {@link jp.kyoten.agency.Agencies}; its public types are the views pages and the API show.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Finance")
package jp.kyoten.finance;
