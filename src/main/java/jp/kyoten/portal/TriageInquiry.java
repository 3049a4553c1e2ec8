package jp.kyoten.portal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kyoten.activity.Channel;
import jp.kyoten.activity.NewConsultation;
import jp.kyoten.activity.RecordConsultation;
import jp.kyoten.activity.Referral;
import jp.kyoten.activity.ReferralSource;
import jp.kyoten.audit.AuditTrail;
import jp.kyoten.directory.Companies;
import jp.kyoten.directory.CompanyData;
import jp.kyoten.directory.NewCompany;
import jp.kyoten.platform.BusinessRuleException;
import jp.kyoten.platform.RecordNotFoundException;
import jp.kyoten.platform.tenancy.ActingUser;

/**
 * Staff work the triage queue: a submission is <b>accepted</b> (a consultation with
 * channel ポータル相談フォーム for the company it matched, or for a company registered from the
 * form when it matched none), <b>merged</b> with a known company staff choose (the sender
 * wrote the name differently, or an institution wrote for a company), or <b>closed as
 * spam</b>. Each step is taken once: a handled submission is not handled again. The
 * consultation links back to the submission, or to the self-diagnosis result sent with
 * it, so that the company's timeline shows it.
 */
@Service
@Transactional
class TriageInquiry {

	private final Inquiries inquiries;

	private final Diagnoses diagnoses;

	private final Companies companies;

	private final RecordConsultation record;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final AuditTrail audit;

	TriageInquiry(Inquiries inquiries, Diagnoses diagnoses, Companies companies, RecordConsultation record,
			JdbcClient jdbc, MessageSource messages, AuditTrail audit) {
		this.inquiries = inquiries;
		this.diagnoses = diagnoses;
		this.companies = companies;
		this.record = record;
		this.jdbc = jdbc;
		this.messages = messages;
		this.audit = audit;
	}

	/**
	 * @return the new consultation's id
	 * @throws BusinessRuleException {@code inquiry.handled} when already handled,
	 * {@code inquiry.accept.institution} for an institution's submission (staff choose
	 * the company: {@link #merge})
	 */
	long accept(long id) {
		InquiryView inquiry = open(id);
		long companyId;
		if (inquiry.matchedCompanyId() != null) {
			companyId = companies.survivorOf(inquiry.matchedCompanyId()).orElse(inquiry.matchedCompanyId());
		}
		else if (inquiry.senderKind() == SenderKind.INSTITUTION) {
			throw new BusinessRuleException("inquiry.accept.institution");
		}
		else {
			companyId = register(inquiry);
		}
		return consult(inquiry, companyId, InquiryStatus.ACCEPTED);
	}

	/**
	 * @throws RecordNotFoundException when the company is not the hub's
	 */
	long merge(long id, long companyId) {
		InquiryView inquiry = open(id);
		long survivor = companies.survivorOf(companyId)
			.orElseThrow(() -> new RecordNotFoundException("company", companyId));
		return consult(inquiry, survivor, InquiryStatus.MERGED);
	}

	void markSpam(long id) {
		open(id);
		handled(jdbc
			.sql("UPDATE portal_inquiry SET status = 'SPAM', handled_by = ?, handled_at = now() "
					+ "WHERE id = ? AND status = 'NEW'")
			.params(ActingUser.email(), id)
			.update(), id);
		audit.updated("portal_inquiry", id, "迷惑投稿として終了");
	}

	/**
	 * Someone else handled it a moment ago: everything this step wrote is rolled back.
	 */
	private static void handled(int updated, long id) {
		if (updated == 0) {
			throw new BusinessRuleException("inquiry.handled", InquiryAcknowledgement.receiptNumber(id));
		}
	}

	private InquiryView open(long id) {
		InquiryView inquiry = inquiries.get(id);
		if (!inquiry.status().open()) {
			throw new BusinessRuleException("inquiry.handled", inquiry.receiptNumber());
		}
		return inquiry;
	}

	private long register(InquiryView inquiry) {
		CompanyData data = new CompanyData(inquiry.corporateNumber(), inquiry.organisationName(), null, null, null,
				null, null, null, null, null, null, null, null, null, null, false, false, false, false, false, false,
				null, messages.getMessage("inquiry.company.registeredFrom", new Object[] { inquiry.receiptNumber() },
						Locale.JAPANESE));
		List<Long> ids = companies.registerAll(List.of(new NewCompany(data, List.of())));
		return ids.getFirst();
	}

	private long consult(InquiryView inquiry, long companyId, InquiryStatus status) {
		String label;
		String path;
		if (inquiry.diagnosisId() != null) {
			DiagnosisResult result = diagnoses.get(inquiry.diagnosisId());
			label = messages.getMessage("inquiry.origin.diagnosis",
					new Object[] { inquiry.receiptNumber(), result.totalScore() }, Locale.JAPANESE);
			path = "/portal/diagnoses/" + inquiry.diagnosisId();
		}
		else {
			label = messages.getMessage("inquiry.origin.form", new Object[] { inquiry.receiptNumber() },
					Locale.JAPANESE);
			path = "/portal/inquiries/" + inquiry.id();
		}
		NewConsultation consultation = new NewConsultation(companyId, Inquiries.dateOf(inquiry.receivedAt()),
				Channel.PORTAL_FORM, Referral.source(ReferralSource.WEB), Set.copyOf(inquiry.issues()),
				inquiry.message(), null, null, inquiry.senderName(), null, null, null, label, path);
		long consultationId = record.record(consultation);
		handled(jdbc.sql("""
				UPDATE portal_inquiry SET status = ?, company_id = ?, consultation_id = ?, handled_by = ?,
				       handled_at = now() WHERE id = ? AND status = 'NEW'""")
			.params(status.name(), companyId, consultationId, ActingUser.email(), inquiry.id())
			.update(), inquiry.id());
		audit.updated("portal_inquiry", inquiry.id(), status + "（相談 " + consultationId + "）");
		return consultationId;
	}

}
