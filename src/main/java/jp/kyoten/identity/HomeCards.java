package jp.kyoten.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.HtmlUtils;

import static jp.kyoten.identity.Role.CLERK;
import static jp.kyoten.identity.Role.COORDINATOR;
import static jp.kyoten.identity.Role.HUB_MANAGER;
import static jp.kyoten.identity.Role.PREFECTURE_OFFICER;
import static jp.kyoten.identity.Role.SUB_MANAGER;
import static jp.kyoten.identity.Role.SYSTEM_ADMIN;

/**
 * The home page's cards. Like {@link MainMenu} they depend only on the role and the
 * locale, yet as ten {@code sec:authorize} expressions and their links and messages they
 * were worked out on every visit (issue 22: the security expression handler was a seventh
 * of the home page). Each set is built once per (role, locale, context path) as escaped
 * HTML, and the home page inserts it.
 * <p>
 * Which role sees which card is the template's former rule set, card for card; the pages
 * they link to are still guarded by {@link SecurityConfiguration}.
 */
@Component("homeCards")
public class HomeCards {

	private static final Set<Role> STAFF = EnumSet.of(HUB_MANAGER, SUB_MANAGER, COORDINATOR, CLERK);

	/**
	 * A card: shown to these roles; {@code extra} is what follows its text (a search
	 * form, a second link).
	 */
	record Card(Set<Role> roles, String path, String titleKey, String textKey, Extra extra) {
	}

	enum Extra {

		NONE, COMPANY_SEARCH, MY_WORK

	}

	private static final List<Card> CARDS = List.of(
			new Card(EnumSet.of(HUB_MANAGER, SUB_MANAGER, COORDINATOR, CLERK, PREFECTURE_OFFICER), "/dashboard",
					"nav.dashboard", "home.dashboard", Extra.NONE),
			new Card(EnumSet.of(HUB_MANAGER, SUB_MANAGER, COORDINATOR, PREFECTURE_OFFICER), "/reports/monthly",
					"nav.monthlyReport", "home.monthlyReport", Extra.NONE),
			new Card(STAFF, "/companies", "nav.companies", "home.companies", Extra.COMPANY_SEARCH),
			new Card(STAFF, "/schedule", "nav.schedule", "home.schedule", Extra.MY_WORK),
			new Card(STAFF, "/institutions", "nav.institutions", "home.institutions", Extra.NONE),
			new Card(STAFF, "/agencies", "nav.agencies", "home.agencies", Extra.NONE),
			new Card(EnumSet.of(HUB_MANAGER), "/accounts", "nav.accounts", "home.accounts", Extra.NONE),
			new Card(EnumSet.of(HUB_MANAGER, SYSTEM_ADMIN), "/audit", "nav.audit", "home.audit", Extra.NONE),
			new Card(EnumSet.of(SYSTEM_ADMIN), "/admin/hubs", "nav.adminHubs", "home.adminHubs", Extra.NONE),
			new Card(EnumSet.allOf(Role.class), "/profile", "nav.profile", "home.profile", Extra.NONE));

	private record Key(Role role, Locale locale, String contextPath) {
	}

	private final MessageSource messages;

	/** At most roles × locales × one context path entries. */
	private final Map<Key, String> built = new ConcurrentHashMap<>();

	HomeCards(MessageSource messages) {
		this.messages = messages;
	}

	/** The cards' HTML for the signed-in user; empty when nobody is. */
	public String forCurrentUser(Locale locale) {
		KyotenUser user = CurrentUser.get().orElse(null);
		if (user == null) {
			return "";
		}
		String contextPath = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				? request.getRequest().getContextPath() : "";
		return html(user.role(), locale, contextPath);
	}

	String html(Role role, Locale locale, String contextPath) {
		return built.computeIfAbsent(new Key(role, locale, contextPath), this::build);
	}

	/** The paths of the cards this role sees, in order (tests open each of them). */
	static List<String> paths(Role role) {
		return CARDS.stream().filter(c -> c.roles().contains(role)).map(Card::path).toList();
	}

	private String build(Key key) {
		StringBuilder html = new StringBuilder(2048);
		for (Card card : CARDS) {
			if (!card.roles().contains(key.role())) {
				continue;
			}
			html.append("<div class=\"card\"><h2><a href=\"")
				.append(escape(key.contextPath() + card.path()))
				.append("\">")
				.append(label(card.titleKey(), key.locale()))
				.append("</a></h2><p>")
				.append(label(card.textKey(), key.locale()))
				.append("</p>");
			switch (card.extra()) {
				case COMPANY_SEARCH -> html.append("<form action=\"")
					.append(escape(key.contextPath() + "/companies"))
					.append("\" method=\"get\" role=\"search\"><label class=\"field__label\" for=\"home-q\">")
					.append(label("home.searchCompanies", key.locale()))
					.append("</label><input class=\"field__input\" id=\"home-q\" type=\"search\" name=\"q\"></form>");
				case MY_WORK -> html.append("<p><a href=\"")
					.append(escape(key.contextPath() + "/my-work"))
					.append("\">")
					.append(label("nav.myWork", key.locale()))
					.append("</a></p>");
				case NONE -> {
				}
			}
			html.append("</div>");
		}
		return html.toString();
	}

	private String label(String code, Locale locale) {
		return escape(messages.getMessage(code, null, locale));
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
