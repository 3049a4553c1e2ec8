package jp.kyoten.demo;

/** Seeds one capability's demo records into a demo hub (companies, institutions, agencies…); runs with the hub in scope, inside a transaction. */
interface DemoHubData {

	void seed(long hubId, String prefectureCode, int count);

}
