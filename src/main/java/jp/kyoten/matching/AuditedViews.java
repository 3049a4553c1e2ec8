package jp.kyoten.matching;

import org.springframework.stereotype.Component;

import jp.kyoten.audit.AuditTrail;

/**
 * A need, a hand-off and a placement name people (the company's contact persons in the
 * data provided to the agency, the placed talent's residence before and after): every
 * opening of one, on a page or through the API, is written to the audit log like a
 * company's or a consultation's. Called outside any read-only transaction (the entry is
 * an insert).
 */
@Component
class AuditedViews {

	private final AuditTrail audit;

	AuditedViews(AuditTrail audit) {
		this.audit = audit;
	}

	NeedView need(NeedView need) {
		audit.viewed("talent_need", need.id(), "「" + need.title() + "」(" + need.companyName() + ")");
		return need;
	}

	HandOffView handOff(HandOffView handOff) {
		audit.viewed("handoff", handOff.id(), handOff.agencyName() + " への取り繋ぎ（提供した情報を含む）");
		return handOff;
	}

	PlacementView placement(PlacementView placement) {
		audit.viewed("placement", placement.id(),
				placement.companyName() + " / " + placement.agencyName() + " の成約（居住地を含む）");
		return placement;
	}

}
