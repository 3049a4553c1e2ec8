package jp.kyoten.national;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import jp.kyoten.hub.Kpi;
import jp.kyoten.platform.time.HubTime;
import jp.kyoten.reporting.ReportDocument;

/**
 * The national tables laid out for the reporting module's writers (xlsx, PDF, CSV): the Cabinet Office's all-hubs
 * table (one row per hub, the five KPIs for the month and April to the month against target), a prefecture's hubs
 * month by month, the month's submissions. Suppressed cells are written as 「3未満」, never as their value.
 */
@Component
class NationalExports {

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(HubTime.ZONE);

	private final MessageSource messages;

	NationalExports(MessageSource messages) {
		this.messages = messages;
	}

	ReportDocument kpiTable(NationalFigures.KpiTable t) {
		List<String> columns = new ArrayList<>(List.of(m("national.col.prefecture"), m("national.col.hub"),
				m("national.col.kind")));
		for (Kpi k : Kpi.values()) {
			String name = m("kpi." + k.name());
			columns.add(name + " " + m("national.col.month"));
			columns.add(name + " " + m("national.col.yearToDate"));
			columns.add(name + " " + m("national.col.target"));
			columns.add(name + " " + m("national.col.achievement"));
		}
		List<List<Object>> rows = new ArrayList<>();
		for (NationalFigures.HubKpis h : t.hubs()) {
			List<Object> row = new ArrayList<>(List.of(h.hub().prefectureName(), h.hub().name(),
					m("hubKind." + h.hub().kind())));
			h.kpis().forEach(c -> addCell(row, c));
			rows.add(row);
		}
		for (NationalFigures.AreaKpis a : t.blocks()) {
			rows.add(area(a));
		}
		rows.add(area(t.nation()));
		return new ReportDocument(m("national.kpis.export.title"), t.body().name(),
				List.of(m("national.export.period", t.fiscalYear(), t.month().toString()),
						m("national.export.suppressed")),
				List.of(ReportDocument.Section.table(m("national.kpis.title"), columns, rows)));
	}

	ReportDocument prefecture(NationalFigures.PrefectureFigures p) {
		List<ReportDocument.Section> sections = new ArrayList<>();
		for (NationalFigures.HubMonths h : p.hubs()) {
			List<String> columns = new ArrayList<>(List.of(m("national.col.kpi")));
			h.months().forEach(mo -> columns.add(mo.toString()));
			columns.add(m("national.col.total"));
			columns.add(m("national.col.target"));
			List<List<Object>> rows = new ArrayList<>();
			for (Kpi k : Kpi.values()) {
				List<Object> row = new ArrayList<>();
				row.add(m("kpi." + k.name()));
				h.byKpi().get(k).forEach(c -> row.add(c.shown()));
				row.add(h.total().get(k).shown());
				row.add(h.targets().get(k));
				rows.add(row);
			}
			sections.add(ReportDocument.Section.table(h.hub().name(), columns, rows));
		}
		return new ReportDocument(m("national.prefecture.export.title", p.prefectureName()), p.body().name(),
				List.of(m("national.export.year", p.fiscalYear()), m("national.export.suppressed")), sections);
	}

	ReportDocument submissions(NationalSubmissions.Month s) {
		List<String> columns = List.of(m("national.col.prefecture"), m("national.col.hub"), m("national.col.report"),
				m("national.col.due"), m("national.col.status"), m("national.col.firstSubmitted"),
				m("national.col.versions"));
		List<List<Object>> rows = new ArrayList<>();
		for (NationalSubmissions.Row r : s.rows()) {
			String versions = String.join(" / ", r.versions()
				.stream()
				.map(v -> m("national.submissions.version", v.version(), AT.format(v.submittedAt()))
						+ (v.correction() ? " " + m("national.submissions.correction") : ""))
				.toList());
			rows.add(List.of(r.hub().prefectureName(), r.hub().name(), m("national.report." + r.reportKind()), r.due(),
					m("national.status." + r.status()), r.firstSubmittedAt() == null ? "" : AT.format(r.firstSubmittedAt()),
					versions));
		}
		return new ReportDocument(m("national.submissions.export.title"), s.body().name(),
				List.of(s.month().toString()), List.of(ReportDocument.Section.table(m("national.submissions.title"),
						columns, rows)));
	}

	private List<Object> area(NationalFigures.AreaKpis a) {
		List<Object> row = new ArrayList<>(List.of(a.label(), m("national.area.hubs", a.hubs()), ""));
		a.kpis().forEach(c -> addCell(row, c));
		return row;
	}

	private static void addCell(List<Object> row, NationalFigures.KpiCell c) {
		row.add(c.month().shown());
		row.add(c.yearToDate().shown());
		row.add(c.target());
		row.add(c.achievement() == null ? null : new ReportDocument.Percent(c.achievement()));
	}

	private String m(String key, Object... args) {
		return messages.getMessage(key, args, Locale.JAPANESE);
	}

}
