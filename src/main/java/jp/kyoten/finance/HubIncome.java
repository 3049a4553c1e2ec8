package jp.kyoten.finance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.agency.Agencies;
import jp.kyoten.agency.AgencyView;
import jp.kyoten.matching.PlacementFilter;
import jp.kyoten.matching.PlacementView;
import jp.kyoten.matching.Placements;

/**
 * The hub's own income (seed 003: 手数料収入, the 収入 stage of the funnel): the agreements'
 * rules applied to the placements staff confirmed (only a confirmed placement counts, as
 * for the KPIs) with a contract date in the fiscal year, read through the matching
 * module's {@link Placements}; invoices issued in the year and their payments.
 */
@Service
@Transactional(readOnly = true)
class HubIncome {

	private static final int PAGE = 500;

	private final JdbcClient jdbc;

	private final Placements placements;

	private final Agencies agencies;

	HubIncome(JdbcClient jdbc, Placements placements, Agencies agencies) {
		this.jdbc = jdbc;
		this.placements = placements;
		this.agencies = agencies;
	}

	IncomeReport of(int fiscalYear) {
		LocalDate from = LocalDate.of(fiscalYear, 4, 1);
		LocalDate to = from.plusYears(1).minusDays(1);
		Map<Long, String> names = new HashMap<>();
		List<AgreementView> agreements = agreements(names);
		List<IncomeLine> lines = new ArrayList<>();
		Pageable page = PageRequest.of(0, PAGE);
		Page<PlacementView> confirmed;
		do {
			confirmed = placements.list(new PlacementFilter(from, to, true, null, null), page);
			for (PlacementView p : confirmed) {
				names.putIfAbsent(p.agencyId(), p.agencyName());
				agreements.stream()
					.filter(a -> a.agencyId() == p.agencyId() && a.covers(p.contractDate()))
					.findFirst()
					.ifPresent(a -> lines
						.add(new IncomeLine(p.id(), p.agencyId(), p.agencyName(), p.companyName(), p.contractDate(),
								p.fee(), a.id(), a.dueFor(p.fee()), a.fixedFee() == null && p.fee() == null)));
			}
			page = page.next();
		}
		while (confirmed.hasNext());
		lines.sort(java.util.Comparator.comparing(IncomeLine::contractDate).thenComparing(IncomeLine::placementId));
		List<InvoiceView> invoices = invoices(from, to, names);
		return new IncomeReport(fiscalYear, agreements, lines, invoices, byAgency(lines, invoices, names));
	}

	List<AgreementView> agreements() {
		return agreements(new HashMap<>());
	}

	private List<AgreementView> agreements(Map<Long, String> names) {
		List<AgreementView> raw = jdbc.sql("""
				SELECT id, agency_id, fee_rate, fixed_fee, valid_from, valid_to, note
				  FROM finance_agency_agreement ORDER BY valid_from DESC, id DESC""")
			.query((rs, n) -> new AgreementView(rs.getLong(1), rs.getLong(2), null, rs.getBigDecimal(3),
					rs.getObject(4, Long.class), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
					rs.getString(7)))
			.list();
		nameAgencies(raw.stream().map(AgreementView::agencyId).distinct().toList(), names);
		return raw.stream()
			.map(a -> new AgreementView(a.id(), a.agencyId(), names.get(a.agencyId()), a.feeRate(), a.fixedFee(),
					a.validFrom(), a.validTo(), a.note()))
			.toList();
	}

	/**
	 * Names the agencies: the registered ones in one read, any other (suspended, revoked)
	 * one by one.
	 */
	private void nameAgencies(List<Long> ids, Map<Long, String> names) {
		if (ids.isEmpty()) {
			return;
		}
		for (AgencyView a : agencies.eligible(null, null, null)) {
			names.putIfAbsent(a.id(), a.name());
		}
		for (Long id : ids) {
			if (!names.containsKey(id)) {
				names.put(id, agencies.find(id).map(AgencyView::name).orElse("#" + id));
			}
		}
	}

	private List<InvoiceView> invoices(LocalDate from, LocalDate to, Map<Long, String> names) {
		List<InvoiceView> raw = jdbc.sql("""
				SELECT i.id, i.agency_id, i.number, i.issued_on, i.amount, coalesce(sum(p.amount), 0) AS paid, i.note
				  FROM finance_invoice i LEFT JOIN finance_payment p ON p.invoice_id = i.id
				 WHERE i.issued_on BETWEEN ? AND ?
				 GROUP BY i.id ORDER BY i.issued_on, i.id""")
			.params(from, to)
			.query((rs, n) -> new InvoiceView(rs.getLong(1), rs.getLong(2), null, rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getLong(5), rs.getLong(6), rs.getString(7)))
			.list();
		nameAgencies(raw.stream().map(InvoiceView::agencyId).filter(id -> !names.containsKey(id)).distinct().toList(),
				names);
		return raw.stream()
			.map(i -> new InvoiceView(i.id(), i.agencyId(), names.get(i.agencyId()), i.number(), i.issuedOn(),
					i.amount(), i.paid(), i.note()))
			.toList();
	}

	private static List<AgencyIncome> byAgency(List<IncomeLine> lines, List<InvoiceView> invoices,
			Map<Long, String> names) {
		Map<Long, long[]> sums = new LinkedHashMap<>();
		lines.forEach(l -> sums.computeIfAbsent(l.agencyId(), k -> new long[3])[0] += l.due());
		invoices.forEach(i -> {
			long[] s = sums.computeIfAbsent(i.agencyId(), k -> new long[3]);
			s[1] += i.amount();
			s[2] += i.paid();
		});
		return sums.entrySet()
			.stream()
			.map(e -> new AgencyIncome(e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1],
					e.getValue()[2]))
			.sorted(java.util.Comparator.comparing(AgencyIncome::agencyName,
					java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
			.toList();
	}

}
