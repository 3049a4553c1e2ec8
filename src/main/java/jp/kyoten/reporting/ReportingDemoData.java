package jp.kyoten.reporting;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.kyoten.platform.demo.DemoSeed;

/**
 * A national-level hub's monthly reports (issue 14): every month already due, submitted
 * on time by most hubs; every eleventh hub a few days late, every seventh with a
 * correction (version 2) of last month, and every thirteenth not at all last month. Empty
 * snapshots, in two statements (ADR 249: the demo's bulk path); after every other compact
 * seed.
 */
@Component
@Order(120)
class ReportingDemoData implements DemoSeed {

	private final JdbcClient jdbc;

	ReportingDemoData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void seedCompact(long hubId, String prefectureCode, LocalDate from, LocalDate today) {
		jdbc.sql(
				"""
						INSERT INTO monthly_report (hub_id, kind, month, version, submitted, snapshot, submitted_at,
						                            submitted_by, created_by, updated_by)
						SELECT :hub, 'MONTHLY', m, 1, true, '{}'::jsonb,
						       (m + interval '1 month' + make_interval(days => CASE WHEN :h % 11 = 0 THEN 12 ELSE 4 + :h % 5 END)
						        + interval '10 hours') AT TIME ZONE 'Asia/Tokyo',
						       'demo', 'demo', 'demo'
						  FROM generate_series(:from::date, (date_trunc('month', :today::date) - interval '1 month')::date,
						                       interval '1 month') AS m
						 WHERE (m + interval '1 month' + make_interval(days => CASE WHEN :h % 11 = 0 THEN 12 ELSE 4 + :h % 5 END))::date <= :today
						   AND NOT (:h % 13 = 0 AND m = date_trunc('month', :today::date) - interval '1 month')""")
			.param("hub", hubId)
			.param("h", (int) (hubId % 1000))
			.param("from", Date.valueOf(from))
			.param("today", Date.valueOf(today))
			.update();
		if (hubId % 7 == 0) {
			jdbc.sql(
					"""
							INSERT INTO monthly_report (hub_id, kind, month, version, submitted, snapshot, submitted_at,
							                            submitted_by, created_by, updated_by)
							SELECT hub_id, kind, month, 2, true, snapshot, submitted_at + interval '2 days', 'demo', 'demo', 'demo'
							  FROM monthly_report WHERE hub_id = ? AND version = 1
							   AND month = (SELECT max(month) FROM monthly_report WHERE hub_id = ?)
							   AND submitted_at + interval '2 days' <= now()""")
				.params(hubId, hubId)
				.update();
		}
	}

}
