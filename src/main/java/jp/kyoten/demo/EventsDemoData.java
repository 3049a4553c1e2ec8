package jp.kyoten.demo;

import org.springframework.stereotype.Component;

import jp.kyoten.events.SampleEvents;
import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;

/** The demo hubs' events: see {@link SampleEvents}. */
@Component
class EventsDemoData implements DemoHubData {

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
