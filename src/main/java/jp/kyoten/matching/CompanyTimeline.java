package jp.kyoten.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.activity.ConsultationView;
import jp.kyoten.activity.Consultations;

/**
 * A company's story on its page: consultations, needs, hand-offs and placements, newest
 * first.
 */
@Service
@Transactional(readOnly = true)
class CompanyTimeline {

	enum Kind {

		CONSULTATION, NEED, HANDOFF, PLACEMENT

	}

	/**
	 * One line. {@code labelKey} names the status or channel message; {@code text} is
	 * what staff wrote (a summary, a title, an agency's name).
	 */
	record Entry(LocalDate date, Kind kind, String labelKey, String text, String path, boolean counts) {
	}

	private final Consultations consultations;

	private final Needs needs;

	private final HandOffs handOffs;

	private final Placements placements;

	CompanyTimeline(Consultations consultations, Needs needs, HandOffs handOffs, Placements placements) {
		this.consultations = consultations;
		this.needs = needs;
		this.handOffs = handOffs;
		this.placements = placements;
	}

	List<Entry> of(long companyId) {
		List<Entry> entries = new ArrayList<>();
		for (ConsultationView c : consultations.ofCompany(companyId)) {
			entries.add(new Entry(c.date(), Kind.CONSULTATION, "channel." + c.channel(), c.summary(),
					c.originPath() != null ? c.originPath() : "/consultations/" + c.id(), !c.isFollowUp()));
		}
		for (NeedView n : needs.ofCompany(companyId)) {
			entries.add(new Entry(n.learnedOn(), Kind.NEED, "needStatus." + n.status(), n.title(), "/needs/" + n.id(),
					false));
		}
		for (HandOffView h : handOffs.list(new HandOffFilter(null, companyId, null, null, null),
				Pageable.ofSize(500))) {
			entries.add(new Entry(h.chosenOn(), Kind.HANDOFF, "handOffStatus." + h.status(),
					h.agencyName() + " — " + h.provided().needTitle(), "/handoffs/" + h.id(), false));
		}
		for (PlacementView p : placements.list(new PlacementFilter(null, null, null, companyId, null),
				Pageable.ofSize(500))) {
			entries.add(new Entry(p.contractDate(), Kind.PLACEMENT,
					p.confirmed() ? "placement.confirmed" : "placement.unconfirmed",
					p.agencyName() + " — " + p.needTitle(), "/handoffs/" + p.handOffId(), p.confirmed()));
		}
		entries.sort(Comparator.comparing(Entry::date, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(Entry::kind, Comparator.reverseOrder()));
		return entries;
	}

}
