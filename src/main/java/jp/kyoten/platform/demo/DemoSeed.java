package jp.kyoten.platform.demo;

/**
 * Seeds one capability's demo records into a demo hub; a module that has demo rows
 * implements it itself (package- private, as a {@code @Component}), so that nothing of
 * the module turns public for the demo's sake. The demo module calls every implementation
 * for each demo hub on the first start in demo mode only, with the hub in scope and
 * inside a transaction, in {@code @Order}: directory 10, registries 20, schedule 30,
 * matching 40 (it needs the companies, institutions and registered agencies), finance 60,
 * privacy 70, talent 90, portal 100.
 */
public interface DemoSeed {

	/**
	 * @param hubId the demo hub, also in scope
	 * @param prefectureCode the hub's prefecture ("43": the Kumamoto hub, which has most
	 * of the demo rows)
	 * @param count how many companies the demo asks per hub
	 */
	void seed(long hubId, String prefectureCode, int count);

}
