package jp.kyoten.talent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.export.CsvWriter;

/**
 * The bureau's talent list (CSV, streamed) and the programme's figures page
 * ({@link MatchingFigures}, which the dashboard shows too).
 */
@Controller
@PreAuthorize(TalentPermissions.STAFF)
class TalentExportsController {

	private final BureauList bureauList;

	private final MatchingFigures figures;

	private final Clock clock;

	TalentExportsController(BureauList bureauList, MatchingFigures figures, Clock clock) {
		this.bureauList = bureauList;
		this.figures = figures;
		this.clock = clock;
	}

	@GetMapping("/talent/export.csv")
	void export(@RequestParam(required = false) TalentKind kind, @RequestParam(required = false) String charset,
			HttpServletResponse response) throws IOException {
		CsvWriter.Encoding encoding = CsvWriter.Encoding.of(charset);
		response.setContentType(encoding.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("人材リスト_" + LocalDate.now(clock) + ".csv", StandardCharsets.UTF_8)
					.build()
					.toString());
		bureauList.write(response.getOutputStream(), encoding, kind);
	}

	@GetMapping("/talent/figures")
	String figures(@RequestParam(required = false) Integer fiscalYear, Model model) {
		model.addAttribute("figures", of(fiscalYear));
		return "talent/figures";
	}

	private MatchingFigures.Figures of(Integer fiscalYear) {
		int year = fiscalYear != null && fiscalYear >= 2000 && fiscalYear <= 2100 ? fiscalYear
				: Hubs.fiscalYearOf(LocalDate.now(clock));
		return figures.of(year, LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 4, 1));
	}

}
