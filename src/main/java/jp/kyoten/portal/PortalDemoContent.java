package jp.kyoten.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import jp.kyoten.activity.Channel;
import jp.kyoten.activity.ManagementIssue;
import jp.kyoten.activity.NewConsultation;
import jp.kyoten.activity.RecordConsultation;
import jp.kyoten.activity.Referral;
import jp.kyoten.activity.ReferralSource;
import jp.kyoten.directory.Companies;
import jp.kyoten.directory.CompanyData;
import jp.kyoten.directory.NewCompany;
import jp.kyoten.hub.Hubs;
import jp.kyoten.hub.Prefectures;
import jp.kyoten.platform.demo.DemoSeed;
import jp.kyoten.platform.work.EmploymentForm;
import jp.kyoten.platform.work.JobCategory;
import jp.kyoten.schedule.BusinessCalendar;

/**
 * The demo hubs' public site, so that a first start shows the portal alive: published
 * pages and privacy notice, news, two success stories (one published with consent, one
 * draft without), a self-diagnosis result and a submission waiting in triage. Seeded into
 * every demo hub (/p/kumamoto, /p/fukuoka…) by the demo module, with the hub in scope,
 * inside its transaction.
 */
@Component
@Order(100)
class PortalDemoContent implements DemoSeed {

	private final Clock clock;

	private final PortalSite site;

	private final PortalNews news;

	private final WriteSuccessStory stories;

	private final DiagnosisSheets sheets;

	private final TakeDiagnosis take;

	private final SubmitInquiry submit;

	private final Companies companies;

	private final RecordConsultation record;

	private final Hubs hubs;

	PortalDemoContent(PortalSite site, PortalNews news, WriteSuccessStory stories, DiagnosisSheets sheets,
			TakeDiagnosis take, SubmitInquiry submit, Companies companies, RecordConsultation record, Clock clock,
			Hubs hubs) {
		this.hubs = hubs;
		this.clock = clock;
		this.site = site;
		this.news = news;
		this.stories = stories;
		this.sheets = sheets;
		this.take = take;
		this.submit = submit;
		this.companies = companies;
		this.record = record;
	}

	@Override
	public void seed(long hubId, String prefectureCode, int count) {
		seed(hubs.nameOf(hubId), Prefectures.name(prefectureCode));
	}

	void seed(String hubName, String area) {
		site.saveDraft(new SiteContent("""
				%s は、地域の中小企業の「攻めの経営」への転換を、プロフェッショナル人材の活用で後押しします。

				- 経営課題の整理と、必要な人材像の明確化
				- 登録人材事業者への取り繋ぎ（企業が事業者を選びます）
				- 副業・兼業人材、デジタル人材の活用相談
				""".formatted(hubName), """
				**所在地**：%s 中心部の産業支援センター 3階（駅から徒歩8分）

				来所相談はご予約のうえお越しください。オンライン相談もお受けしています。
				""".formatted(area), """
				- **戦略マネージャー**：企業経営の経験を持つマネージャーが、経営課題から一緒に考えます。
				- **コーディネーター**：県内各地を訪問し、人材ニーズの確認と事業者へのご案内を担当します。
				""", """
				- [内閣府 プロフェッショナル人材事業](https://www.pro-jinzai.go.jp/)
				- [このサイトのプライバシーポリシー](privacy)
				""",
				// no notice of its own: the portal shows the standard one in the hub's
				// name
				""), 0);
		site.publish();
		long opening = news.create("ホームページを開設しました", "拠点の紹介、成功事例、相談窓口、自己診断シートをご利用いただけます。");
		news.publish(opening, true);
		long seminar = news.create("経営者向けセミナーのご案内", "副業・兼業人材の活用をテーマにセミナーを開催します。詳しくはイベントのページをご覧ください。");
		news.publish(seminar, true);

		List<Long> ids = companies.registerAll(List.of(new NewCompany(company("株式会社ポータル見本精工", 48, "E"), List.of()),
				new NewCompany(company("有限会社見本フーズ", 15, "E"), List.of())));
		LocalDate today = LocalDate.now(clock);
		long caseA = record.record(NewConsultation.of(ids.get(0), today.minusMonths(5), Channel.VISIT_OUT,
				Referral.source(ReferralSource.SEMINAR), Set.of(ManagementIssue.RECRUITMENT, ManagementIssue.DX),
				"生産管理の仕組みづくりを担う人材を探したい。", null));
		long story = stories.create(new StoryDetails("副業人材と進めた生産管理のデジタル化", StorySource.SUPPORT_CASE, ids.get(0), caseA,
				null, "県内の精密部品メーカー A社", "E", JobCategory.PRODUCTION, EmploymentForm.SIDE_JOB,
				"紙の工程表を、副業の生産管理経験者と3か月でデジタル化。納期回答が半日から1時間になりました。", """
						## 課題
						受注が増えるなか、工程の進み具合が担当者の頭の中にしかありませんでした。

						## 取組み
						拠点の紹介で登録事業者を通じて副業人材と出会い、週1日のオンライン支援で工程表を作り直しました。
						"""));
		stories.recordConsent(story, "A社 代表取締役", today.minusMonths(1), "業種・取組みの内容・数値（企業名は匿名）", false);
		stories.publish(story);
		long caseB = record.record(NewConsultation.of(ids.get(1), today.minusMonths(2), Channel.PHONE, null,
				Set.of(ManagementIssue.SALES_CHANNEL), "販路開拓を任せられる営業責任者を採用したい。", null));
		stories.create(new StoryDetails("営業責任者の採用で販路が広がった事例（同意確認中）", StorySource.SUPPORT_CASE, ids.get(1), caseB, null,
				"県内の食品メーカー B社", "E", JobCategory.SALES, EmploymentForm.FULL_TIME, "同意を確認中の下書きです。", ""));

		DiagnosisSheet sheet = sheets.sheet();
		var band = sheet.bandFor(30).orElseThrow();
		Map<Long, Integer> answers = new java.util.HashMap<>();
		sheet.questionsFor(band.code()).forEach(q -> answers.put(q.id(), (int) (q.id() % 5) + 1));
		take.take(30, "E", answers);
		submit.submit(new NewInquiry(SenderKind.COMPANY, "見本 花子", "hanako@example.jp", "096-000-0000", "株式会社ポータル見本精工",
				null, Set.of(ManagementIssue.RECRUITMENT), "DX を進める人材について相談したいです。", PreferredContact.EMAIL, 1, null));
	}

	private static CompanyData company(String name, int employees, String industry) {
		return new CompanyData(null, name, null, null, null, null, null, null, industry, employees, null, null, null,
				null, null, true, employees <= 20, false, false, false, false, null, null);
	}

}
