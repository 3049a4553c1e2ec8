package jp.kyoten.finance;

import jp.kyoten.platform.time.HubTime;
import java.io.ByteArrayOutputStream;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.agency.Agencies;
import jp.kyoten.agency.AgencyView;
import jp.kyoten.hub.Hubs;

/**
 * Demo books for a demo hub (run with the hub in scope): the current fiscal year's budget by 経費項目, a Pro hub's
 * usual monthly expenses from April up to today, each with a small PDF receipt, the months before last closed, one
 * reversing entry, and a fee agreement (10 % of the placement fee) with the first registered agency, invoiced and
 * partly paid. Through the module's own use cases; the same every start of a fresh database (seeded by the hub's id).
 */
@Service
@Transactional
public class SampleBooks {

	record Recurring(ExpenseCategory category, String payee, String purpose, long amount, boolean taxed) {
	}

	static final List<Recurring> MONTHLY = List.of(
			new Recurring(ExpenseCategory.PERSONNEL, "拠点職員", "プロフェッショナル人材戦略マネージャー等 人件費", 1_450_000, false),
			new Recurring(ExpenseCategory.ASSISTANT_STAFF, "受付・電話補助員", "補助職員 賃金", 148_000, false),
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

	SampleBooks(RecordExpense record, KeepEvidence evidence, SetBudget setBudget, CloseMonth close,
			RecordIncome income, Agencies agencies, HubIncome hubIncome) {
		this.hubIncome = hubIncome;
		this.record = record;
		this.evidence = evidence;
		this.setBudget = setBudget;
		this.close = close;
		this.income = income;
		this.agencies = agencies;
	}

	/** @param agencyName the agency the fee agreement is made with (the first registered one when not found) */
	public void seed(long hubId, String agencyName) {
		LocalDate today = LocalDate.now(HubTime.ZONE);
		int year = Hubs.fiscalYearOf(today);
		Random random = new Random(hubId);
		setBudget.set(year, BUDGET);
		YearMonth current = YearMonth.from(today);
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
					long invoice = income.invoice(agency, "KY-" + year + "-001", today.withDayOfMonth(1), due, "成約手数料分");
					income.pay(invoice, today.withDayOfMonth(1), due / 2);
				}
			});
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

	/** A one-page PDF standing in for a scanned receipt (ASCII only: the demo needs no CJK font). */
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
