package jp.kyoten.demo;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import jp.kyoten.privacy.SampleRegister;

/** The Kumamoto demo hub's register of data handlers and one incident: see {@link SampleRegister}. */
@Component
@Order(70)
class PrivacyDemoData implements DemoHubData {

	private final SampleRegister register;

	PrivacyDemoData(SampleRegister register) {
		this.register = register;
	}

	@Override
	public void seed(long hubId, String prefectureCode, int count) {
		if ("43".equals(prefectureCode)) {
			register.seed("manager@kumamoto.demo", "coordinator@kumamoto.demo");
		}
	}

}
