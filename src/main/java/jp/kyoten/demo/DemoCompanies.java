package jp.kyoten.demo;

/** Seeds one module's demo records into a demo hub; each capability that has demo data provides one. */
interface DemoCompanies {

	void seed(long hubId, String prefectureCode, int count);

}
