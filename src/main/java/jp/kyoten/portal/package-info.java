/**
 * Portal: the hub's public site at {@code /p/{slug}} — its introduction, access and
 * opening hours, staff, registered agencies, news, success stories (成功事例, public only
 * with the company's recorded consent), the consultation form (人材課題相談窓口) with its triage
 * queue, and the self-diagnosis sheet by company size (企業規模別自己診断シート) — with the staff
 * pages and the JSON API that edit and read them. Public requests run in the hub named by
 * the slug ({@link jp.kyoten.platform.tenancy.HubScope}). Other modules react to
 * {@link jp.kyoten.portal.InquiryReceived} (the acknowledgement mail, composed by
 * {@link jp.kyoten.portal.InquiryAcknowledgement}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package jp.kyoten.portal;
