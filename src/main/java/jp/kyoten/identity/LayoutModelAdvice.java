package jp.kyoten.identity;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jp.kyoten.hub.Hubs;

/** Every page's header names the hub the user works in. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModelAdvice {

	private final Hubs hubs;

	LayoutModelAdvice(Hubs hubs) {
		this.hubs = hubs;
	}

	@ModelAttribute("currentHubKind")
	String currentHubKind() {
		return CurrentUser.get().map(KyotenUser::hubId).map(hubs::kindOf).map(Enum::name).orElse(null);
	}

	@ModelAttribute("currentHubName")
	String currentHubName() {
		return CurrentUser.get().map(KyotenUser::hubId).map(hubs::nameOf).orElse(null);
	}

}
