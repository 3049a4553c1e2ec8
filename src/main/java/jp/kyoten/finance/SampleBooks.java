package jp.kyoten.finance;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.agency.Agencies;
import jp.kyoten.agency.AgencyView;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.demo.DemoSeed;

/**
 * Demo books for a demo hub (run with the hub in scope): the current fiscal year's budget
 * by 経費項目, three staff and their work days from April (the ended months' personnel costs
 * booked from them), a Pro hub's usual monthly expenses up to today, each with a small
 * PDF receipt, the months before last closed, one reversing entry, a fee agreement (10 %
 * of the placement fee) with the first registered agency, invoiced and partly paid,
 * funders at every stage of the pipeline, and a balanced scorecard from the seed 003
 * white-space template. Through the module's own use cases; the same every start of a
 * fresh database (seeded by the hub's id). The Kumamoto demo hub's only, after matching
 * (60: its agencies are registered and their placements confirmed).
 */
@Service
@Transactional
@Order(60)
class SampleBooks implements DemoSeed {

	/**
	 * The agency of the fee agreement, by its name (a natural key of the agency
	 * registry): the demo's agency user acts for it and matching's demo hands most needs
	 * to it.
	 */
	static final String FEE_AGENCY = "株式会社ひのくに人材";

	record Recurring(ExpenseCategory category, String payee, String purpose, long amount, boolean taxed) {
	}

	/**
	 * A person on the demo books, the weekdays they work (1 = Monday) and their hours a
	 * day.
	 */
	record Worker(String name, StaffPost post, long hourlyRate, List<Integer> weekdays, BigDecimal hours) {
	}

	static final List<Worker> STAFF = List.of(
			new Worker("熊本 太郎", StaffPost.MANAGER, 5_000, List.of(1, 2, 3, 4, 5), new BigDecimal("7.5")),
			new Worker("阿蘇 花子", StaffPost.SUB_MANAGER, 3_600, List.of(1, 2, 3, 4), new BigDecimal("7.5")),
			new Worker("天草 みどり", StaffPost.ASSISTANT, 1_150, List.of(1, 3, 5), new BigDecimal("6")));

	/**
	 * The demo's funders: kind, name, expected, the stage reached, and money received.
	 */
	record Prospect(FunderKind kind, String name, long expected, FunderStage stage, long received) {
	}

	static final List<Prospect> FUNDERS = List.of(
			new Prospect(FunderKind.FURUSATO_TAX, "株式会社くまもと精工", 3_000_000, FunderStage.MEETING, 0),
			new Prospect(FunderKind.FURUSATO_TAX, "火の国建設株式会社", 1_000_000, FunderStage.APPOINTMENT, 0),
			new Prospect(FunderKind.DONATION, "一般財団法人 くまもと地域振興財団", 500_000, FunderStage.CONTRIBUTED, 500_000),
			new Prospect(FunderKind.CROWDFUNDING, "プロ人材活用応援クラウドファンディング", 800_000, FunderStage.LISTED, 0),
			new Prospect(FunderKind.SIB, "地域金融機関によるSIB出資（検討先）", 5_000_000, FunderStage.LISTED, 0),
			new Prospect(FunderKind.DONATION, "阿蘇高原観光株式会社", 300_000, FunderStage.DECLINED, 0));

	static final List<Recurring> MONTHLY = List.of(
			new Recurring(ExpenseCategory.TRAVEL, "九州旅客鉄道株式会社", "企業訪問 旅費（県南地域）", 38_500, true),
			new Recurring(ExpenseCategory.TRAVEL, "熊本県内タクシー", "企業訪問 交通費", 12_300, true),
			new Recurring(ExpenseCategory.RENTAL, "株式会社くまもと事務機", "複合機リース料", 27_500, true),
			new Recurring(ExpenseCategory.SUPPLIES, "文具の肥後堂", "事務用消耗品", 18_700, true),
			new Recurring(ExpenseCategory.HONORARIUM, "外部専門家", "経営者向けセミナー講師謝金", 110_000, false),
			new Recurring(ExpenseCategory.SUBCONTRACT, "株式会社火の国ウェブ", "拠点ウェブサイト保守（再委託）", 242_000, true),
			new Recurring(ExpenseCategory.OVERHEAD, "受託法人 本部", "一般管理費（按分）", 205_000, false));

	static final Map<ExpenseCategory, Long> BUDGET = budget();

	private final RecordExpense record;

	private final KeepEvidence evidence;

	private final SetBudget setBudget;

	private final CloseMonth close;

	private final RecordIncome income;

	private final Agencies agencies;

	private final HubIncome hubIncome;

	private final RecordWorkTime workTime;

	private final BookPersonnelCost bookPersonnel;

	private final RecordFunder funders;

	private final KeepScorecard scorecard;

	private final Clock clock;

	SampleBooks(RecordExpense record, KeepEvidence evidence, SetBudget setBudget, CloseMonth close, RecordIncome income,
			Agencies agencies, HubIncome hubIncome, RecordWorkTime workTime, BookPersonnelCost bookPersonnel,
			RecordFunder funders, KeepScorecard scorecard, Clock clock) {
		this.hubIncome = hubIncome;
		this.workTime = workTime;
		this.bookPersonnel = bookPersonnel;
		this.funders = funders;
		this.scorecard = scorecard;
		this.clock = clock;
		this.record = record;
		this.evidence = evidence;
		this.setBudget = setBudget;
		this.close = close;
		this.income = income;
		this.agencies = agencies;
	}

	@Override
	public void seed(long hubId, String prefectureCode, int count) {
		if ("43".equals(prefectureCode)) {
			seed(hubId, FEE_AGENCY);
		}
	}

	/**
	 * @param agencyName the agency the fee agreement is made with (the first registered
	 * one when not found)
	 */
	void seed(long hubId, String agencyName) {
		LocalDate today = LocalDate.now(clock);
		int year = Hubs.fiscalYearOf(today);
		Random random = new Random(hubId);
		setBudget.set(year, BUDGET);
		YearMonth current = YearMonth.from(today);
		workDays(year, today);
		long firstTravel = 0;
		for (YearMonth month : BudgetAgainstActual.months(year)) {
			if (month.isAfter(current)) {
				break;
			}
			int day = 1;
			for (Recurring r : MONTHLY) {
				LocalDate date = month.atDay(Math.min(day += 2, month.lengthOfMonth()));
				if (date.isAfter(today)) {
					date = today;
				}
				long amount = r.category() == ExpenseCategory.PERSONNEL ? r.amount()
						: Math.round(r.amount() * (0.8 + random.nextDouble() * 0.4) / 10) * 10;
				long tax = r.taxed() ? amount * 10 / 110 : 0;
				long id = record.record(new NewExpense(date, r.category(), r.payee(), r.purpose(), amount, tax)).id();
				evidence.upload(id, r.taxed() ? EvidenceKind.RECEIPT : EvidenceKind.OTHER, "receipt-" + id + ".pdf",
						receipt(id, date, amount));
				if (firstTravel == 0 && r.category() == ExpenseCategory.TRAVEL) {
					firstTravel = id;
				}
			}
		}
		if (firstTravel != 0) {
			record.reverse(firstTravel, today, "二重計上のため");
		}
		// the ended months' personnel costs, from the work days, before the months are
		// closed
		for (YearMonth month : BudgetAgainstActual.months(year)) {
			if (!month.isBefore(current)) {
				break;
			}
			bookPersonnel.book(month);
		}
		for (YearMonth month : BudgetAgainstActual.months(year)) {
			if (!month.isBefore(current.minusMonths(1))) {
				break;
			}
			close.close(month);
		}
		List<AgencyView> registered = agencies.eligible(null, null, null);
		registered.stream()
			.filter(a -> a.name().equals(agencyName))
			.findFirst()
			.or(() -> registered.stream().findFirst())
			.map(AgencyView::id)
			.ifPresent(agency -> {
				income.agree(agency, new BigDecimal("10"), null, LocalDate.of(year - 1, 4, 1), null,
						"協定書 第7条（紹介手数料の10%）");
				long due = hubIncome.of(year)
					.agencies()
					.stream()
					.filter(a -> a.agencyId() == agency)
					.mapToLong(AgencyIncome::due)
					.sum();
				// invoiced up to last month, about half of it paid
				if (due > 0) {
					long invoice = income.invoice(agency, "KY-" + year + "-001", today.withDayOfMonth(1), due,
							"成約手数料分");
					income.pay(invoice, today.withDayOfMonth(1), due / 2);
				}
			});
		funders(year, today);
		scorecard.apply(year, ScorecardTemplate.MATURE_WHITE_SPACE);
	}

	/** The staff and the days they worked from April to today, by their weekdays. */
	private void workDays(int year, LocalDate today) {
		for (Worker w : STAFF) {
			long id = workTime.addStaff(w.name(), w.post(), PayBasis.HOURLY, w.hourlyRate());
			for (LocalDate day = LocalDate.of(year, 4, 1); !day.isAfter(today); day = day.plusDays(1)) {
				if (w.weekdays().contains(day.getDayOfWeek().getValue())) {
					workTime.recordDay(id, day, w.hours(), false, null);
				}
			}
		}
	}

	/**
	 * Funders at every stage of the pipeline, moved there step by step over the last
	 * weeks.
	 */
	private void funders(int year, LocalDate today) {
		for (Prospect p : FUNDERS) {
			long id = funders.add(new RecordFunder.NewFunder(p.kind(), p.name(), null, year, p.expected(),
					p.stage() == FunderStage.LISTED ? "営業資料を持って訪問" : null, null));
			if (p.stage() == FunderStage.DECLINED) {
				funders.move(id, FunderStage.APPOINTMENT, today.minusDays(20), null);
				funders.move(id, FunderStage.DECLINED, today.minusDays(6), null);
				continue;
			}
			FunderStage stage = FunderStage.LISTED;
			int daysAgo = 21;
			while (stage != p.stage() && stage.next() != FunderStage.CONTRIBUTED) {
				stage = stage.next();
				funders.move(id, stage, today.minusDays(daysAgo), null);
				daysAgo -= 7;
			}
			if (p.received() > 0) {
				funders.receive(id, today.minusDays(1), p.received(), "寄付金受領");
			}
		}
	}

	private static Map<ExpenseCategory, Long> budget() {
		Map<ExpenseCategory, Long> b = new EnumMap<>(ExpenseCategory.class);
		b.put(ExpenseCategory.PERSONNEL, 17_400_000L);
		b.put(ExpenseCategory.TRAVEL, 700_000L);
		b.put(ExpenseCategory.VENUE, 400_000L);
		b.put(ExpenseCategory.HONORARIUM, 1_300_000L);
		b.put(ExpenseCategory.RENTAL, 330_000L);
		b.put(ExpenseCategory.SUPPLIES, 250_000L);
		b.put(ExpenseCategory.PRINTING, 300_000L);
		b.put(ExpenseCategory.ASSISTANT_STAFF, 1_780_000L);
		b.put(ExpenseCategory.MISCELLANEOUS, 200_000L);
		b.put(ExpenseCategory.SUBCONTRACT, 2_900_000L);
		b.put(ExpenseCategory.OVERHEAD, 2_260_000L);
		return b;
	}

	/**
	 * A one-page PDF standing in for a scanned receipt (ASCII only: the demo needs no CJK
	 * font).
	 */
	private static byte[] receipt(long id, LocalDate date, long amount) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A6);
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(new Paragraph("RECEIPT (demo)"));
		document.add(new Paragraph("No. " + id + "  " + date));
		document.add(new Paragraph("JPY " + String.format("%,d", amount)));
		document.close();
		return out.toByteArray();
	}

}
