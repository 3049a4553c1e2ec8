package jp.kyoten.portal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.audit.AuditTrail;
import jp.kyoten.directory.CompanyRow;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * A visitor's consultation-form submission lands in the hub's triage queue, matched to
 * the directory where it can be, and the acknowledgement is due
 * ({@link InquiryReceived}). The spam checks happen before, in the controller
 * ({@link jp.kyoten.platform.publicform.PublicFormGuard}).
 */
@Service
@Transactional
class SubmitInquiry {

	private final JdbcClient jdbc;

	private final CompanyMatcher matcher;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	SubmitInquiry(JdbcClient jdbc, CompanyMatcher matcher, AuditTrail audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.matcher = matcher;
		this.audit = audit;
		this.events = events;
	}

	long submit(NewInquiry inquiry) {
		long hubId = HubScope.require();
		Long matched = inquiry.senderKind() == SenderKind.COMPANY
				? matcher.match(inquiry.corporateNumber(), inquiry.organisationName()).map(CompanyRow::id).orElse(null)
				: null;
		long id = jdbc.sql("""
				INSERT INTO portal_inquiry (hub_id, sender_kind, sender_name, email, phone, organisation_name,
				       corporate_number, matched_company_id, issues, message, preferred_contact, privacy_version,
				       consented_at, diagnosis_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), ?) RETURNING id""")
			.params(hubId, inquiry.senderKind().name(), inquiry.senderName(), inquiry.email(), inquiry.phone(),
					inquiry.organisationName(), inquiry.corporateNumber(), matched,
					inquiry.issues().stream().map(Enum::name).sorted().toArray(String[]::new), inquiry.message(),
					inquiry.preferredContact().name(), inquiry.privacyVersion(), inquiry.diagnosisId())
			.query(Long.class)
			.single();
		audit.created("portal_inquiry", id, inquiry.organisationName() + " からの相談フォーム");
		events.publishEvent(new InquiryReceived(hubId, id, inquiry.email(), inquiry.senderName()));
		return id;
	}

}
