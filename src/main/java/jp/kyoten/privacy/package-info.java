/**
 * Privacy: the personal-data duties every hub contract carries (seed 000 個人情報取扱特記事項 第4,
 * 第13, 第17; seed 001 情報セキュリティ 4), 8), 11)). The register of data handlers (作業従事者名簿), kept
 * in step with the hub's accounts through {@link jp.kyoten.identity.AccountChanged}, with
 * its change history and the prefecture told before a change takes effect; the incident
 * register (事故報告) with the deadlines of the 速報 and 確報 and the records the audit log says
 * an account touched ({@link jp.kyoten.audit.AuditRecords}); retention periods per kind
 * of record with a daily, cluster-safe erasure of what has passed them; and at the
 * contract's end the hand-back (返還) of every table the hub owns as one zip, and the
 * erasure (消去) with its certificate. The hand-back and the erasure take their tables from
 * the database's catalog, so that a table added later is neither forgotten nor left
 * behind.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package jp.kyoten.privacy;
