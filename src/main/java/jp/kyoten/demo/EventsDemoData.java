package jp.kyoten.demo;

import org.springframework.stereotype.Component;

import jp.kyoten.events.SampleEvents;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.demo.DemoSeed;

/** The demo hubs' events: see {@link SampleEvents}. */
@Component
class EventsDemoData implements DemoSeed {

	private final SampleEvents events;

	private final Hubs hubs;

	EventsDemoData(SampleEvents events, Hubs hubs) {
		this.events = events;
		this.hubs = hubs;
	}

	@Override
	public void seed(long hubId, String prefectureCode, int count) {
		if (hubs.kindOf(hubId) == HubKind.TALENT_PROGRAMME) {
			events.seedProgramme("example.jp");
		}
		else {
			events.seed("example.jp");
		}
	}

}
