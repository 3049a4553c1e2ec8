/**
 * The national view (issue 14, ADR 180): the bodies above the hubs — 内閣府・全国協議会 over every
 * Pro hub, よろず支援拠点全国本部 over every よろず hub, a METI regional bureau over the talent
 * programmes of its prefectures, a prefecture over its hubs of every kind — read each
 * hub's submissions (when, which version, late or not) and its figures per month against
 * target, added up by prefecture, block and nation, and never a company's, a person's or
 * a record's row. The figures are written by each hub in its own scope to tables holding
 * counts only, whose row-level security lets the body in scope read the rows of the hubs
 * it oversees; nothing else of a hub is visible to a national request.
 */
@org.springframework.modulith.ApplicationModule(displayName = "National view")
package jp.kyoten.national;
