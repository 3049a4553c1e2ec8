package jp.kyoten.demo;

/**
 * Seeds one capability's demo records into a demo hub (companies, institutions, agencies…); runs with the hub in
 * scope, inside a transaction. Implementations run in {@code @Order}: directory 10, registries 20, schedule 30,
 * matching 40 (it needs the companies, institutions and registered agencies), finance 60.
 */
interface DemoHubData {

	void seed(long hubId, String prefectureCode, int count);

}
