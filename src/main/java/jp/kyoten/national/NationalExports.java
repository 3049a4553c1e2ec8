package jp.kyoten.national;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import jp.kyoten.hub.Kpi;
import jp.kyoten.platform.time.HubTime;
import jp.kyoten.reporting.KpiBreakdownMonths;
import jp.kyoten.reporting.ReportDocument;

/**
 * The national tables laid out for the reporting module's writers (xlsx, PDF, CSV): the
 * Cabinet Office's all-hubs table (one row per hub, the five KPIs for the month and April
 * to the month against target), a prefecture's hubs month by month, the month's
 * submissions. Suppressed cells are written as 「3未満」, never as their value.
 */
@Component
class NationalExports {

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(HubTime.ZONE);

	private final MessageSource messages;

	NationalExports(MessageSource messages) {
		this.messages = messages;
	}

	ReportDocument kpiTable(NationalFigures.KpiTable t) {
		List<String> columns = new ArrayList<>(
				List.of(m("national.col.prefecture"), m("national.col.hub"), m("national.col.kind")));
		for (Kpi k : Kpi.values()) {
			String name = m("kpi." + k.name());
			columns.add(name + " " + m("national.col.month"));
			columns.add(name + " " + m("national.col.yearToDate"));
			columns.add(name + " " + m("national.col.target"));
			columns.add(name + " " + m("national.col.achievement"));
		}
		List<List<Object>> rows = new ArrayList<>();
		for (NationalFigures.HubKpis h : t.hubs()) {
			List<Object> row = new ArrayList<>(
					List.of(h.hub().prefectureName(), h.hub().name(), m("hubKind." + h.hub().kind())));
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
			String versions = String.join(" / ",
					r.versions()
						.stream()
						.map(v -> m("national.submissions.version", v.version(), AT.format(v.submittedAt()))
								+ (v.correction() ? " " + m("national.submissions.correction") : ""))
						.toList());
			rows.add(List.of(r.hub().prefectureName(), r.hub().name(), m("national.report." + r.reportKind()), r.due(),
					m("national.status." + r.status()),
					r.firstSubmittedAt() == null ? "" : AT.format(r.firstSubmittedAt()), versions));
		}
		return new ReportDocument(m("national.submissions.export.title"), s.body().name(),
				List.of(s.month().toString()),
				List.of(ReportDocument.Section.table(m("national.submissions.title"), columns, rows)));
	}

	/**
	 * The funnel and breakdowns: one section for the funnel (and 満足度) per hub and area,
	 * the month and April to it, and one per placement dimension, hubs and areas against
	 * the dimension's keys (April to the month). Suppressed cells are 「3未満」.
	 */
	ReportDocument breakdowns(NationalBreakdowns.Table t, NationalBreakdowns labels) {
		List<ReportDocument.Section> sections = new ArrayList<>();
		List<NationalBreakdowns.Key> stages = t.keys().get(KpiBreakdownMonths.Dimension.FUNNEL);
		List<String> columns = new ArrayList<>(
				List.of(m("national.col.prefecture"), m("national.col.hub"), m("national.col.kind")));
		for (NationalBreakdowns.Key k : stages) {
			columns.add(k.label() + " " + m("national.col.month"));
			columns.add(k.label() + " " + m("national.col.yearToDate"));
		}
		columns.add(m("national.satisfaction.ANSWERS"));
		columns.add(m("national.satisfaction.TOP_TWO"));
		columns.add(m("national.satisfaction.share"));
		List<List<Object>> rows = new ArrayList<>();
		for (NationalBreakdowns.HubRow h : t.hubs()) {
			List<Object> row = new ArrayList<>(
					List.of(h.hub().prefectureName(), h.hub().name(), m("hubKind." + h.hub().kind())));
			funnelCells(row, stages, h.counts());
			rows.add(row);
		}
		List<NationalBreakdowns.AreaRow> areas = new ArrayList<>(t.blocks());
		areas.add(t.nation());
		for (NationalBreakdowns.AreaRow a : areas) {
			List<Object> row = new ArrayList<>(List.of(a.label(), m("national.area.hubs", a.hubs()), ""));
			funnelCells(row, stages, a.counts());
			rows.add(row);
		}
		sections.add(ReportDocument.Section.table(m("national.breakdowns.funnel"), columns, rows));
		for (KpiBreakdownMonths.Dimension d : NationalBreakdowns.PLACEMENT_DIMENSIONS) {
			List<NationalBreakdowns.Key> keys = t.keys().get(d);
			List<String> cols = new ArrayList<>(
					List.of(m("national.col.prefecture"), m("national.col.hub"), m("national.col.kind")));
			keys.forEach(k -> cols.add(k.label()));
			List<List<Object>> dimRows = new ArrayList<>();
			for (NationalBreakdowns.HubRow h : t.hubs()) {
				List<Object> row = new ArrayList<>(
						List.of(h.hub().prefectureName(), h.hub().name(), m("hubKind." + h.hub().kind())));
				keys.forEach(k -> row.add(h.counts().get(d, k.key()).yearToDate().shown()));
				dimRows.add(row);
			}
			for (NationalBreakdowns.AreaRow a : areas) {
				List<Object> row = new ArrayList<>(List.of(a.label(), m("national.area.hubs", a.hubs()), ""));
				keys.forEach(k -> row.add(a.counts().get(d, k.key()).yearToDate().shown()));
				dimRows.add(row);
			}
			sections.add(ReportDocument.Section.table(m("national.breakdowns.placementsBy", labels.label(d)), cols,
					dimRows));
		}
		return new ReportDocument(m("national.breakdowns.export.title"), t.body().name(), List
			.of(m("national.export.period", t.fiscalYear(), t.month().toString()), m("national.export.suppressed")),
				sections);
	}

	private static void funnelCells(List<Object> row, List<NationalBreakdowns.Key> stages,
			NationalBreakdowns.Counts c) {
		for (NationalBreakdowns.Key k : stages) {
			NationalBreakdowns.Cell cell = c.get(KpiBreakdownMonths.Dimension.FUNNEL, k.key());
			row.add(cell.month().shown());
			row.add(cell.yearToDate().shown());
		}
		row.add(c.get(KpiBreakdownMonths.Dimension.SATISFACTION, KpiBreakdownMonths.ANSWERS).yearToDate().shown());
		row.add(c.get(KpiBreakdownMonths.Dimension.SATISFACTION, KpiBreakdownMonths.TOP_TWO).yearToDate().shown());
		Double share = c.satisfaction();
		row.add(share == null ? null : new ReportDocument.Percent(share));
	}

	/**
	 * The よろず HQ's monthly collection: the consented support records of every よろず hub it
	 * oversees.
	 */
	ReportDocument yorozuRecords(NationalCollections.Month month, List<NationalCollections.SharedRecord> records) {
		List<String> columns = List.of(m("national.col.hub"), m("consultation.date"), m("consultation.company"),
				m("karte.corporateNumber"), m("consultation.staff"), m("consultation.channel"), m("consultation.kind"),
				m("consultation.issues"), m("karte.policyAreas"), m("consultation.summary"));
		List<List<Object>> rows = new ArrayList<>();
		for (NationalCollections.SharedRecord r : records) {
			rows.add(java.util.Arrays.asList(r.hubName(), r.date(), r.companyName(), r.corporateNumber(), r.staffName(),
					m("channel." + r.channel()),
					m(r.followUp() ? "consultation.kind.followUp" : "consultation.kind.new"),
					String.join("、", r.issues().stream().map(i -> m("issue." + i)).toList()),
					String.join("、", r.policyAreas().stream().map(a -> m("policyArea." + a)).toList()), r.summary()));
		}
		return new ReportDocument(m("national.yorozu.export.title"), month.body().name(),
				List.of(month.month().toString(), m("national.yorozu.consentedOnly")),
				List.of(ReportDocument.Section.table(m("national.yorozu.title"), columns, rows)));
	}

	/**
	 * The METI bureau's programme summary: per programme hub, the 実績報告's figures for the
	 * month and April to it (seed 001 §3(4)), with 満足度 and 内定率; small cells 「3未満」.
	 */
	ReportDocument programmes(NationalBreakdowns.Table t) {
		List<String> columns = new ArrayList<>(List.of(m("national.col.prefecture"), m("national.col.hub")));
		for (String key : NationalBreakdowns.PROGRAMME_KEYS) {
			columns.add(m("national.programme." + key) + " " + m("national.col.month"));
			columns.add(m("national.programme." + key) + " " + m("national.col.yearToDate"));
		}
		columns.add(m("national.satisfaction.share"));
		columns.add(m("national.programme.offerRate"));
		List<List<Object>> rows = new ArrayList<>();
		for (NationalBreakdowns.HubRow h : t.hubs()) {
			List<Object> row = new ArrayList<>(List.of(h.hub().prefectureName(), h.hub().name()));
			programmeCells(row, h.counts());
			rows.add(row);
		}
		List<Object> total = new ArrayList<>(List.of(t.nation().label(), m("national.area.hubs", t.nation().hubs())));
		programmeCells(total, t.nation().counts());
		rows.add(total);
		return new ReportDocument(m("national.programmes.export.title"), t.body().name(),
				List.of(m("national.export.period", t.fiscalYear(), t.month().toString()),
						m("national.export.suppressed")),
				List.of(ReportDocument.Section.table(m("national.programmes.title"), columns, rows)));
	}

	private static void programmeCells(List<Object> row, NationalBreakdowns.Counts c) {
		for (String key : NationalBreakdowns.PROGRAMME_KEYS) {
			NationalBreakdowns.Cell cell = c.get(KpiBreakdownMonths.Dimension.PROGRAMME, key);
			row.add(cell.month().shown());
			row.add(cell.yearToDate().shown());
		}
		Double share = c.satisfaction();
		row.add(share == null ? null : new ReportDocument.Percent(share));
		Double rate = c.offerRate();
		row.add(rate == null ? null : new ReportDocument.Percent(rate));
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
