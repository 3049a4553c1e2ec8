package jp.kyoten.demo;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import jp.kyoten.hub.HubKind;
import jp.kyoten.hub.Hubs;
import jp.kyoten.talent.SampleTalent;

/** The talent programme's demo (talent pool, matching events with interview sets): see {@link SampleTalent}. */
@Component
@Order(90)
class TalentDemoData implements DemoHubData {

	private final SampleTalent talent;

	private final Hubs hubs;

	TalentDemoData(SampleTalent talent, Hubs hubs) {
		this.talent = talent;
		this.hubs = hubs;
	}

	@Override
	public void seed(long hubId, String prefectureCode, int count) {
		if (hubs.kindOf(hubId) == HubKind.TALENT_PROGRAMME) {
			talent.seed("example.jp");
		}
	}

}
