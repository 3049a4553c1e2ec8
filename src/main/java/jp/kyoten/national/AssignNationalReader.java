package jp.kyoten.national;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.hub.Hubs;
import jp.kyoten.identity.Role;
import jp.kyoten.identity.UserAccounts;
import jp.kyoten.platform.BusinessRuleException;

/**
 * The system admin gives a body above the hubs its readers (issue 14 item 2): a
 * NATIONAL_VIEWER of 内閣府, よろず全国本部 or a METI bureau, or a PREFECTURE_OFFICER of a hub who
 * reads for its prefecture; and moves a reader to another body. An officer's body is a
 * prefecture's that holds the officer's hub (a prefecture sees its own hubs). Each change
 * is audited.
 */
@Service
public class AssignNationalReader {

	/**
	 * One row of the admin's page: the account, its hub (an officer's), the body it reads
	 * for (null: none yet).
	 */
	public record ReaderRow(UserAccounts.ReaderAccount account, String hubName, NationalBody body) {
	}

	private final UserAccounts accounts;

	private final NationalBodies bodies;

	private final Hubs hubs;

	private final AuditTrail audit;

	AssignNationalReader(UserAccounts accounts, NationalBodies bodies, Hubs hubs, AuditTrail audit) {
		this.accounts = accounts;
		this.bodies = bodies;
		this.hubs = hubs;
		this.audit = audit;
	}

	/**
	 * A new reader of the body: the account (audited by identity) and its body (audited
	 * here). Answers the user's id.
	 */
	@Transactional
	public long create(Role role, Long hubId, String email, String displayName, String password, String bodyCode) {
		NationalBody body = body(bodyCode);
		check(role, hubId, body);
		long userId = accounts.createReader(hubId, email.strip(), displayName.strip(), role, password);
		bodies.assignViewer(userId, body.code());
		audit.created("national_viewer", userId, email.strip() + " → " + body.name());
		return userId;
	}

	/** Moves an existing reader to another body. */
	@Transactional
	public void reassign(long userId, String bodyCode) {
		UserAccounts.ReaderAccount reader = accounts.readers()
			.stream()
			.filter(r -> r.id() == userId)
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("national.admin.reader.unknown"));
		NationalBody body = body(bodyCode);
		check(reader.role(), reader.hubId(), body);
		String before = bodies.assignedTo(userId).map(NationalBody::name).orElse("—");
		bodies.assignViewer(userId, body.code());
		audit.updated("national_viewer", userId, reader.email() + ": " + before + " → " + body.name());
	}

	private NationalBody body(String code) {
		return bodies.byCode(code == null ? "" : code.strip())
			.orElseThrow(() -> new BusinessRuleException("national.admin.body.unknown"));
	}

	/** An officer reads for a prefecture body holding their hub's prefecture. */
	private void check(Role role, Long hubId, NationalBody body) {
		if (role != Role.PREFECTURE_OFFICER) {
			return;
		}
		if (hubId == null) {
			throw new BusinessRuleException("account.reader.hub");
		}
		String prefecture = hubs.get(hubId).getPrefectureCode();
		List<String> covered = body.prefectures();
		if (!"PREFECTURE".equals(body.kind()) || !covered.contains(prefecture)) {
			throw new BusinessRuleException("national.admin.officer.prefecture");
		}
	}

}
