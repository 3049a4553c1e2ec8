package jp.kyoten.matching;

import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.ActingUser;

/**
 * The agency's answer and progress on a hand-off (受諾・辞退, 面談, 候補者推薦, 選考中, 不成約), reported
 * by the agency user through the portal or by staff from the agency's report. An agency
 * user reaches only its own agency's hand-offs: the data layer shows it no other.
 */
@Service
class ReportHandOffProgress {

	private final HandOffRepository handOffs;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	ReportHandOffProgress(HandOffRepository handOffs, JdbcClient jdbc, AuditTrail audit) {
		this.handOffs = handOffs;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional
	public void accept(long handOffId, String note) {
		change(handOffId, h -> h.accept(note));
	}

	/**
	 * @throws BusinessRuleException without a reason, or once the hand-off is closed
	 */
	@Transactional
	public void decline(long handOffId, String reason) {
		change(handOffId, h -> h.decline(reason));
	}

	/** 面談, 候補者推薦 or 選考中 with a note. */
	@Transactional
	public void progress(long handOffId, HandOffStatus step, String note) {
		change(handOffId, h -> h.progress(step, note));
	}

	/** 不成約 with a reason. */
	@Transactional
	public void notPlaced(long handOffId, String reason) {
		change(handOffId, h -> h.notPlaced(reason));
	}

	private void change(long handOffId, Consumer<HandOff> step) {
		HandOff handOff = handOffs.findById(handOffId)
			.orElseThrow(() -> new RecordNotFoundException("handoff", handOffId));
		step.accept(handOff);
		handOffs.save(handOff);
		ProgressSteps.write(jdbc, handOff, ActingUser.email());
		audit.updated("handoff", handOffId, "→ " + handOff.getStatus());
	}

}
