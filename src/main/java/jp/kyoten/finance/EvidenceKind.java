package jp.kyoten.finance;

/** 証拠書類の種類: 領収書, 請求書, その他 (契約書, 見積書…). */
public enum EvidenceKind {

	RECEIPT, INVOICE, OTHER

}
