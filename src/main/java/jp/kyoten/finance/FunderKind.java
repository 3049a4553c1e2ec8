package jp.kyoten.finance;

/**
 * Kinds of outside funds (seed 003 KPI_外部資金獲得): 企業版ふるさと納税 (companies), 寄付 (donors),
 * クラウドファンディング (a CF campaign's backers) and SIB 出資 (social impact bond investors: 金融機関,
 * CF, 財団).
 */
public enum FunderKind {

	FURUSATO_TAX, DONATION, CROWDFUNDING, SIB

}
