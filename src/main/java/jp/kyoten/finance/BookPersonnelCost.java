package jp.kyoten.finance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.platform.BusinessRuleException;

/**
 * Books an ended month's personnel cost from the work days: one entry per staff member
 * with work and no live booking of the month, on the post's 経費項目 (人件費, 補助職員人件費 or 謝金),
 * dated the month's last day, its purpose saying what it was computed from. Nothing is
 * typed twice: the amount is the work days', and a wrong month is corrected by reversing
 * its entry, correcting the days and booking again.
 */
@Service
@Transactional
class BookPersonnelCost {

	private final Personnel personnel;

	private final RecordExpense record;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	BookPersonnelCost(Personnel personnel, RecordExpense record, JdbcClient jdbc, MessageSource messages, Clock clock) {
		this.personnel = personnel;
		this.record = record;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * @return how many entries were booked
	 * @throws BusinessRuleException {@code finance.personnel.notEnded},
	 * {@code finance.personnel.nothing} or {@code finance.month.closed}
	 */
	int book(YearMonth month) {
		LocalDate last = month.atEndOfMonth();
		if (last.isAfter(LocalDate.now(clock))) {
			throw new BusinessRuleException("finance.personnel.notEnded", month.getYear(), month.getMonthValue());
		}
		// the same lock as a work day's and a booking's: no day slips in between reading
		// the month and booking it
		CloseMonth.lock(jdbc, month);
		int booked = 0;
		for (StaffMonth s : personnel.month(month).staff()) {
			if (s.booked() || s.cost() <= 0) {
				continue;
			}
			record.record(new NewExpense(last, s.staff().category(), s.staff().name(), purpose(month, s), s.cost(), 0),
					null, new RecordExpense.WorkOf(s.staff().id(), month));
			booked++;
		}
		if (booked == 0) {
			throw new BusinessRuleException("finance.personnel.nothing", month.getYear(), month.getMonthValue());
		}
		return booked;
	}

	/**
	 * The books are Japanese documents: the purpose is written in Japanese whatever the
	 * reader's language.
	 */
	private String purpose(YearMonth month, StaffMonth s) {
		String post = messages.getMessage("finance.post." + s.staff().post(), null, Locale.JAPANESE);
		return messages.getMessage("finance.personnel.purpose." + s.staff().payBasis(),
				new Object[] { post, month.getYear(), month.getMonthValue(), s.days(),
						s.hours().stripTrailingZeros().toPlainString(), s.cases().stripTrailingZeros().toPlainString(),
						s.staff().rate() },
				Locale.JAPANESE);
	}

}
