package jp.kyoten.identity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.HtmlUtils;

import jp.kyoten.hub.Hubs;

import static jp.kyoten.identity.Role.AGENCY_USER;
import static jp.kyoten.identity.Role.CLERK;
import static jp.kyoten.identity.Role.COORDINATOR;
import static jp.kyoten.identity.Role.HUB_MANAGER;
import static jp.kyoten.identity.Role.NATIONAL_VIEWER;
import static jp.kyoten.identity.Role.PREFECTURE_OFFICER;
import static jp.kyoten.identity.Role.SUB_MANAGER;
import static jp.kyoten.identity.Role.SYSTEM_ADMIN;

/**
 * The main menu of the layout. It depends only on the user's role, the kind of their hub
 * and the locale, yet as two dozen {@code sec:authorize} expressions in the template it
 * was evaluated afresh on every page (issue 22: SpEL and the security expression handler
 * under every signed-in page). Here each menu is built once per (role, hub kind, locale,
 * context path) and kept as its escaped HTML; the layout inserts it.
 * <p>
 * Which role sees which item is the template's former rule set, item for item; the URLs
 * it offers are still guarded by {@link SecurityConfiguration}, the menu only decides
 * what is shown.
 */
@Component("mainMenu")
public class MainMenu {

	private static final Set<Role> STAFF = EnumSet.of(HUB_MANAGER, SUB_MANAGER, COORDINATOR, CLERK);

	private static final Set<Role> LEADS = EnumSet.of(HUB_MANAGER, SUB_MANAGER, COORDINATOR);

	private static final Set<Role> MANAGERS_AND_OFFICER = EnumSet.of(HUB_MANAGER, SUB_MANAGER, PREFECTURE_OFFICER);

	private static final Set<Role> ALL = EnumSet.allOf(Role.class);

	private static final String TALENT = "TALENT_PROGRAMME";

	private static final String YOROZU = "YOROZU";

	/**
	 * An entry: shown to these roles, and only in a hub of this kind when {@code hubKind}
	 * is set.
	 */
	record Item(Set<Role> roles, String hubKind, String path, String labelKey) {
	}

	record Group(Set<Role> roles, String labelKey, List<Item> items) {
	}

	/** Top-level entries are items or groups, in the order the menu shows them. */
	private static final List<Object> ENTRIES = List.of(
			new Item(EnumSet.complementOf(EnumSet.copyOf(STAFF)), null, "/", "nav.home"),
			new Item(STAFF, null, "/my-work", "nav.myWork"), new Item(STAFF, null, "/schedule", "nav.schedule"),
			new Item(STAFF, null, "/dashboard", "nav.dashboard"), new Item(STAFF, null, "/companies", "nav.companies"),
			new Item(STAFF, null, "/consultations", "nav.consultations"), new Item(STAFF, null, "/needs", "nav.needs"),
			new Item(STAFF, null, "/handoffs", "nav.handOffs"), new Item(STAFF, null, "/events", "nav.events"),
			new Item(LEADS, TALENT, "/talent", "nav.talent"),
			new Item(LEADS, TALENT, "/matching-events", "nav.matchingEvents"),
			new Item(LEADS, TALENT, "/supported-companies", "nav.supportedCompanies"),
			new Item(EnumSet.of(NATIONAL_VIEWER), null, "/national/kpis", "nav.national.kpis"),
			new Item(EnumSet.of(NATIONAL_VIEWER), null, "/national/submissions", "nav.national.submissions"),
			new Item(EnumSet.of(NATIONAL_VIEWER), null, "/national/breakdowns", "nav.national.breakdowns"),
			new Item(EnumSet.of(AGENCY_USER), null, "/agency-portal", "nav.agencyPortal"),
			new Group(STAFF, "nav.group.records", List.of(new Item(ALL, null, "/job-seekers", "nav.jobSeekers"),
					new Item(ALL, null, "/visits", "nav.visits"), new Item(ALL, null, "/referrals", "nav.referrals"),
					new Item(ALL, YOROZU, "/yorozu/records", "nav.yorozuRecords"))),
			new Group(STAFF, "nav.group.public",
					List.of(new Item(LEADS, null, "/portal/site", "nav.portalSite"),
							new Item(ALL, null, "/portal/inquiries", "nav.portalInquiries"),
							new Item(ALL, null, "/portal/diagnoses", "nav.portalDiagnoses"))),
			new Group(EnumSet.of(HUB_MANAGER, SUB_MANAGER, COORDINATOR, PREFECTURE_OFFICER), "nav.group.reports",
					List.of(new Item(EnumSet.of(PREFECTURE_OFFICER), null, "/dashboard", "nav.dashboard"),
							new Item(ALL, null, "/reports/monthly", "nav.monthlyReport"),
							new Item(ALL, TALENT, "/reports/meti", "nav.metiReport"),
							new Item(ALL, null, "/obligations", "nav.obligations"),
							new Item(EnumSet.of(PREFECTURE_OFFICER), null, "/approvals", "nav.approvals"),
							new Item(EnumSet.of(PREFECTURE_OFFICER), null, "/national/kpis", "nav.national.prefecture"),
							new Item(EnumSet.of(PREFECTURE_OFFICER), null, "/national/submissions",
									"nav.national.submissions"),
							new Item(EnumSet.of(PREFECTURE_OFFICER), null, "/national/breakdowns",
									"nav.national.breakdowns"),
							new Item(EnumSet.of(PREFECTURE_OFFICER), null, "/audit", "nav.audit"),
							new Item(MANAGERS_AND_OFFICER, null, "/reports/agency-fairness", "nav.fairness"),
							new Item(MANAGERS_AND_OFFICER, null, "/finance/ledger", "nav.finance.ledger"),
							new Item(MANAGERS_AND_OFFICER, null, "/finance/budget", "nav.finance.budget"),
							new Item(MANAGERS_AND_OFFICER, null, "/finance/income", "nav.finance.income"),
							new Item(MANAGERS_AND_OFFICER, null, "/finance/personnel", "nav.finance.personnel"),
							new Item(MANAGERS_AND_OFFICER, null, "/finance/funders", "nav.finance.funders"),
							new Item(MANAGERS_AND_OFFICER, null, "/finance/scorecard", "nav.finance.scorecard"),
							new Item(MANAGERS_AND_OFFICER, null, "/finance/retention", "nav.finance.retention"))),
			new Group(EnumSet.of(HUB_MANAGER, SUB_MANAGER, COORDINATOR, CLERK, SYSTEM_ADMIN), "nav.group.settings",
					List.of(new Item(STAFF, null, "/institutions", "nav.institutions"),
							new Item(STAFF, null, "/agencies", "nav.agencies"),
							new Item(EnumSet.of(HUB_MANAGER, SUB_MANAGER), null, "/mail", "nav.mail"),
							new Item(EnumSet.of(HUB_MANAGER, SUB_MANAGER, SYSTEM_ADMIN), null, "/imports",
									"nav.imports"),
							new Item(EnumSet.of(HUB_MANAGER, SUB_MANAGER), null, "/moving-in", "nav.movingIn"),
							new Item(EnumSet.of(HUB_MANAGER), null, "/hub/targets", "nav.targets"),
							new Item(EnumSet.of(HUB_MANAGER), null, "/accounts", "nav.accounts"),
							new Item(EnumSet.of(HUB_MANAGER, SYSTEM_ADMIN), null, "/audit", "nav.audit"),
							new Item(EnumSet.of(HUB_MANAGER, SUB_MANAGER), null, "/privacy", "nav.privacy"),
							new Item(EnumSet.of(HUB_MANAGER, SYSTEM_ADMIN), null, "/privacy/hand-backs",
									"nav.handBacks"),
							new Item(EnumSet.of(SYSTEM_ADMIN), null, "/admin/hubs", "nav.adminHubs"),
							new Item(EnumSet.of(SYSTEM_ADMIN), null, "/admin/companies", "nav.adminCompanies"),
							new Item(EnumSet.of(SYSTEM_ADMIN), null, "/admin/national-readers",
									"nav.adminNationalReaders"))));

	private record Key(Role role, String hubKind, Locale locale, String contextPath) {
	}

	private final MessageSource messages;

	private final Hubs hubs;

	/**
	 * At most roles × hub kinds × locales × one context path entries: a few dozen
	 * strings.
	 */
	private final Map<Key, String> built = new ConcurrentHashMap<>();

	MainMenu(MessageSource messages, Hubs hubs) {
		this.messages = messages;
		this.hubs = hubs;
	}

	/**
	 * The menu's {@code
	 *
	<li>} entries for the signed-in user, as the layout inserts them ({@code @mainMenu} in
	 * the template, so that a page rendered by an exception handler, which gets no model
	 * attributes, has it too); null when nobody is signed in or the second factor is
	 * still to come.
	 */
	public String forCurrentUser(Locale locale) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (!(auth != null && auth.getPrincipal() instanceof KyotenUser user)) {
			return null;
		}
		if (SecondFactorRequirement.appliesTo(auth)
				&& !SecondFactorRequirement.hasFactor(auth, SecondFactorRequirement.TOTP_AUTHORITY)) {
			return null;
		}
		String hubKind = user.hubId() == null ? null : hubs.kindOf(user.hubId()).name();
		String contextPath = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				? request.getRequest().getContextPath() : "";
		return html(user.role(), hubKind, locale, contextPath);
	}

	/**
	 * The {@code
	 *
	<li>} entries of the main menu for this role in a hub of this kind (null: no hub).
	 */
	String html(Role role, String hubKind, Locale locale, String contextPath) {
		return built.computeIfAbsent(new Key(role, hubKind, locale, contextPath), this::build);
	}

	/** The paths the menu offers to this role, in order (tests open each of them). */
	static List<String> paths(Role role, String hubKind) {
		List<String> paths = new ArrayList<>();
		for (Object entry : ENTRIES) {
			if (entry instanceof Item item && shows(item, role, hubKind)) {
				paths.add(item.path());
			}
			else if (entry instanceof Group group && group.roles().contains(role)) {
				group.items().stream().filter(i -> shows(i, role, hubKind)).forEach(i -> paths.add(i.path()));
			}
		}
		return paths;
	}

	private static boolean shows(Item item, Role role, String hubKind) {
		return item.roles().contains(role) && (item.hubKind() == null || item.hubKind().equals(hubKind));
	}

	private String build(Key key) {
		StringBuilder html = new StringBuilder(4096);
		for (Object entry : ENTRIES) {
			if (entry instanceof Item item && shows(item, key.role(), key.hubKind())) {
				link(html, item, key);
			}
			else if (entry instanceof Group group && group.roles().contains(key.role())) {
				html.append("<li class=\"main-nav__group\"><details data-menu><summary>")
					.append(label(group.labelKey(), key.locale()))
					.append("</summary><ul>");
				group.items()
					.stream()
					.filter(i -> shows(i, key.role(), key.hubKind()))
					.forEach(i -> link(html, i, key));
				html.append("</ul></details></li>");
			}
		}
		return html.toString();
	}

	private void link(StringBuilder html, Item item, Key key) {
		html.append("<li><a href=\"")
			.append(HtmlUtils.htmlEscape(key.contextPath() + item.path()))
			.append("\">")
			.append(label(item.labelKey(), key.locale()))
			.append("</a></li>");
	}

	private String label(String code, Locale locale) {
		return HtmlUtils.htmlEscape(messages.getMessage(code, null, locale), "UTF-8");
	}

}
