package jp.kyoten.national;

import java.time.Clock;
import java.time.YearMonth;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kyoten.hub.HubKind;
import jp.kyoten.reporting.KpiBreakdownMonths;
import jp.kyoten.reporting.ReportDownloads;

/**
 * What a body collects beyond the all-hubs table: the よろず HQ's monthly collection of
 * consented support records (for the HQ alone; any other body gets 404), and a METI
 * bureau's programme summary (figures of the talent programmes it oversees; another body
 * sees the programmes it oversees, usually none).
 */
@Controller
@RequestMapping("/national")
@PreAuthorize(NationalRoles.READERS)
class NationalCollectionsController {

	private final NationalBodies bodies;

	private final NationalCollections collections;

	private final NationalBreakdowns breakdowns;

	private final NationalExports exports;

	private final ReportDownloads downloads;

	private final Clock clock;

	NationalCollectionsController(NationalBodies bodies, NationalCollections collections, NationalBreakdowns breakdowns,
			NationalExports exports, ReportDownloads downloads, Clock clock) {
		this.bodies = bodies;
		this.collections = collections;
		this.breakdowns = breakdowns;
		this.exports = exports;
		this.downloads = downloads;
		this.clock = clock;
	}

	@GetMapping("/yorozu-records")
	String yorozuRecords(@RequestParam(required = false) String month, Model model) {
		NationalCollections.Month m = collections.yorozuMonth(bodies.current(), month(month));
		model.addAttribute("m", m);
		model.addAttribute("previous", m.month().minusMonths(1));
		model.addAttribute("next", m.month().plusMonths(1));
		return "national/yorozu-records";
	}

	/**
	 * The consented records themselves, xlsx or CSV (audited as every national export
	 * is).
	 */
	@GetMapping("/yorozu-records/export")
	ResponseEntity<byte[]> yorozuRecordsExport(@RequestParam(required = false) String month,
			@RequestParam(defaultValue = "xlsx") String format, @RequestParam(required = false) String charset) {
		NationalBody body = bodies.current();
		YearMonth shown = month(month);
		NationalCollections.Month m = collections.yorozuMonth(body, shown);
		return downloads.file(exports.yorozuRecords(m, collections.yorozuRecords(body, shown)),
				"yorozu-support-records-" + shown, "相談カルテ", format, charset, "national_yorozu_records",
				body.code() + " " + shown);
	}

	@GetMapping("/programmes")
	String programmes(@RequestParam(required = false) String month, Model model) {
		NationalBreakdowns.Table t = programmeTable(month);
		model.addAttribute("t", t);
		model.addAttribute("programme", KpiBreakdownMonths.Dimension.PROGRAMME);
		model.addAttribute("areas", java.util.List.of(t.nation()));
		return "national/programmes";
	}

	@GetMapping("/programmes/export")
	ResponseEntity<byte[]> programmesExport(@RequestParam(required = false) String month,
			@RequestParam(defaultValue = "xlsx") String format, @RequestParam(required = false) String charset) {
		NationalBreakdowns.Table t = programmeTable(month);
		return downloads.file(exports.programmes(t), "national-programmes-" + t.month(), "事業の実績", format, charset,
				"national_programmes", t.body().code() + " " + t.month());
	}

	private NationalBreakdowns.Table programmeTable(String month) {
		return breakdowns.of(bodies.current(), month(month), HubKind.TALENT_PROGRAMME.name(), null);
	}

	private YearMonth month(String value) {
		return NationalParams.month(value, clock);
	}

}
