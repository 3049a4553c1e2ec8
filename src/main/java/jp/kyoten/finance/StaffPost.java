package jp.kyoten.finance;

/**
 * The post a person on the hub's books holds. Seed 000 §5(1)② (Pro hub): the マネージャー and
 * サブマネージャー work 「週5日まで」; the others as the operator's rules say. Seed 004 IX (よろず): the
 * coordinators' 謝金 per 事案 (about one day's work; half of it for half a day) is 50,000円
 * for the チーフコーディネーター, in principle 35,000円 for a サブチーフコーディネーター and 25,000–35,000円 for a
 * コーディネーター, raised to at most 40,000円 with the regional bureau's consent — all tax
 * excluded. {@code maxCaseRate} is that ceiling; zero where no 謝金 per case is foreseen.
 */
public enum StaffPost {

	MANAGER(5, 0, 0), SUB_MANAGER(5, 0, 0), STAFF(7, 0, 0), ASSISTANT(7, 0, 0), CHIEF_COORDINATOR(7, 50_000, 50_000),
	SUB_CHIEF_COORDINATOR(7, 35_000, 40_000), COORDINATOR(7, 25_000, 40_000);

	private final int weeklyDayCap;

	private final long standardCaseRate;

	private final long maxCaseRate;

	StaffPost(int weeklyDayCap, long standardCaseRate, long maxCaseRate) {
		this.weeklyDayCap = weeklyDayCap;
		this.standardCaseRate = standardCaseRate;
		this.maxCaseRate = maxCaseRate;
	}

	/** Days a week this post may work (seven where the documents set no cap). */
	public int weeklyDayCap() {
		return weeklyDayCap;
	}

	public boolean capped() {
		return weeklyDayCap < 7;
	}

	/**
	 * The 謝金 per case in principle (seed 004 IX), zero where the post is not paid per
	 * case.
	 */
	public long standardCaseRate() {
		return standardCaseRate;
	}

	public long maxCaseRate() {
		return maxCaseRate;
	}

	public boolean paidPerCase() {
		return maxCaseRate > 0;
	}

	/**
	 * The 経費項目 the post's pay is booked on: 謝金 when paid per case (seed 004 IX:
	 * 「報酬は契約形態により、費目（人件費 または謝金）が変わります」), 補助職員人件費 for an assistant (アルバイト: seed 001 §10),
	 * 人件費 otherwise.
	 */
	public ExpenseCategory category(PayBasis basis) {
		if (basis == PayBasis.PER_CASE) {
			return ExpenseCategory.HONORARIUM;
		}
		return this == ASSISTANT ? ExpenseCategory.ASSISTANT_STAFF : ExpenseCategory.PERSONNEL;
	}

}
