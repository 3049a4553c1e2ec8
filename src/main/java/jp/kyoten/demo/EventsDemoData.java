package jp.kyoten.demo;

import org.springframework.stereotype.Component;

import jp.kyoten.events.SampleEvents;

/** The demo hubs' events: see {@link SampleEvents}. */
@Component
class EventsDemoData implements DemoHubData {

	private final SampleEvents events;

	EventsDemoData(SampleEvents events) {
		this.events = events;
	}

	@Override
	public void seed(long hubId, String prefectureCode, int count) {
		events.seed("example.jp");
	}

}
