package jp.kyoten.matching;

import jp.kyoten.identity.CurrentUser;
import jp.kyoten.identity.KyotenUser;
import jp.kyoten.platform.tenancy.HubScope;

/** Who is acting, as the matching records name them: the signed-in user's e-mail, or "system" for seeding. */
final class Acting {

	private Acting() {
	}

	static String actor() {
		return CurrentUser.get().map(KyotenUser::email).orElse("system");
	}

	/** Whether an agency user is acting: the data layer then shows only that agency's rows. */
	static boolean agency() {
		return HubScope.currentAgency().isPresent();
	}

}
