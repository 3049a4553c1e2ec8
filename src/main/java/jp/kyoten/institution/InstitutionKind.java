package jp.kyoten.institution;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Kinds of support institution (DOMAIN.md, "Codes used by the API"); labels are messages
 * {@code institutionKind.X}.
 */
public enum InstitutionKind {

	/** 地方銀行 */
	REGIONAL_BANK(true),
	/** 第二地方銀行 */
	SECOND_REGIONAL_BANK(true),
	/** 信用金庫 */
	SHINKIN_BANK(true),
	/** 信用組合 */
	CREDIT_COOPERATIVE(true),
	/** 政府系金融機関 */
	GOVERNMENT_FINANCIAL(true),
	/** 商工会議所 */
	CHAMBER_OF_COMMERCE(false),
	/** 商工会 */
	SOCIETY_OF_COMMERCE(false),
	/** よろず支援拠点 */
	YOROZU(false),
	/** 自治体 */
	MUNICIPALITY(false),
	/** 士業 */
	PROFESSIONAL(false),
	/** コンサルタント */
	CONSULTANT(false),
	/** 大学・高専 */
	UNIVERSITY(false),
	/** 業界団体 */
	INDUSTRY_ASSOCIATION(false),
	/** ハローワーク */
	HELLO_WORK(false),
	/** 事業承継・引継ぎ支援センター */
	SUCCESSION_CENTER(false),
	/** 中小企業活性化協議会 */
	REVITALIZATION_COUNCIL(false),
	/** その他 */
	OTHER(false);

	/**
	 * Every code as a regular expression, for validating API input that arrives as text.
	 */
	public static final String CODES = "REGIONAL_BANK|SECOND_REGIONAL_BANK|SHINKIN_BANK|CREDIT_COOPERATIVE"
			+ "|GOVERNMENT_FINANCIAL|CHAMBER_OF_COMMERCE|SOCIETY_OF_COMMERCE|YOROZU|MUNICIPALITY|PROFESSIONAL"
			+ "|CONSULTANT|UNIVERSITY|INDUSTRY_ASSOCIATION|HELLO_WORK|SUCCESSION_CENTER|REVITALIZATION_COUNCIL|OTHER";

	private final boolean financial;

	InstitutionKind(boolean financial) {
		this.financial = financial;
	}

	/**
	 * Banks, shinkin banks, credit cooperatives and government lenders: their referrals
	 * count for KPI 4.
	 */
	public boolean isFinancial() {
		return financial;
	}

	public static Set<InstitutionKind> financialKinds() {
		EnumSet<InstitutionKind> kinds = EnumSet.noneOf(InstitutionKind.class);
		Arrays.stream(values()).filter(InstitutionKind::isFinancial).forEach(kinds::add);
		return kinds;
	}

}
