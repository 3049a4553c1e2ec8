package jp.kyoten.demo;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import jp.kyoten.hub.Hubs;
import jp.kyoten.hub.Prefectures;
import jp.kyoten.platform.demo.DemoSeed;
import jp.kyoten.platform.tenancy.HubScope;
import jp.kyoten.portal.PortalDemoContent;

/** The demo hubs' public sites (/p/kumamoto, /p/fukuoka): pages, news, success stories, a diagnosis, an inquiry. */
@Component
@Order(100)
class PortalDemoData implements DemoSeed {

	private final PortalDemoContent content;

	private final Hubs hubs;

	PortalDemoData(PortalDemoContent content, Hubs hubs) {
		this.content = content;
		this.hubs = hubs;
	}

	@Override
	public void seed(long hubId, String prefectureCode, int count) {
		content.seed(hubs.nameOf(HubScope.require()), Prefectures.name(prefectureCode));
	}

}
