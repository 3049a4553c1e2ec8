package jp.kyoten.directory;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.kyoten.platform.Roles;

/**
 * The companies of the caller's hub as JSON. Errors are problem+json with a Japanese
 * {@code detail}: 400 with an {@code errors} array for invalid input, 404 for an id the
 * hub does not have, 409 for a corporate number the hub already has, a possible duplicate
 * that was not confirmed, or a stale {@code version}.
 */
@RestController
@RequestMapping("/api/v1/companies")
@PreAuthorize(Roles.STAFF)
@Tag(name = "companies", description = "企業台帳 — the hub's company directory")
class CompaniesApiController {

	static final int MAX_SIZE = 100;

	/** One company in a list. */
	record CompanySummary(long id, String corporateNumber, String name, String nameKana, String prefectureCode,
			String municipalityCode, String industry, Integer employees, boolean closed) {

		static CompanySummary of(CompanyRow r) {
			return new CompanySummary(r.id(), r.corporateNumber(), r.name(), r.nameKana(), r.prefectureCode(),
					r.municipalityCode(), r.industry(), r.employees(), r.closed());
		}

	}

	/**
	 * A page of companies; {@code totalElements} stops counting above 10,000
	 * ({@code totalCapped}).
	 */
	record CompanyPage(List<CompanySummary> content, int page, int size, long totalElements, boolean totalCapped) {
	}

	private static final Set<String> PATCHABLE = Set.of("corporateNumber", "name", "nameKana", "legalForm",
			"postalCode", "prefectureCode", "municipalityCode", "address", "industry", "employees", "capital",
			"representative", "mainBank", "phone", "url", "sme", "smallBusiness", "startup", "declared100oku",
			"regionalFutureLeader", "closed", "closedOn", "notes", "version", "priorSideJobUse");

	private final CompanySearch search;

	private final RegisterCompany register;

	private final EditCompany edit;

	private final ViewCompany view;

	private final SmartValidator validator;

	private final MessageSource messages;

	CompaniesApiController(CompanySearch search, RegisterCompany register, EditCompany edit, ViewCompany view,
			SmartValidator validator, MessageSource messages) {
		this.search = search;
		this.register = register;
		this.edit = edit;
		this.view = view;
		this.validator = validator;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "Search the hub's companies",
			description = "q: name or kana fragment (hiragana, katakana, half-width kana all match), or 4+ digits of "
					+ "a corporate number. size: 1–100 (default 20). Merged records are never listed; closed ones "
					+ "only with status=CLOSED or ALL.")
	CompanyPage list(@RequestParam(required = false) String q, @RequestParam(required = false) String municipalityCode,
			@RequestParam(required = false) String industry, @RequestParam(required = false) SizeBand sizeBand,
			@RequestParam(required = false) Boolean sme, @RequestParam(required = false) String mainBank,
			@RequestParam(required = false) CompanySearch.Status status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		int pageSize = Math.max(1, Math.min(size, MAX_SIZE));
		var result = search.search(
				new CompanySearch.Criteria(q, municipalityCode, industry, sizeBand, sme, mainBank, status),
				Math.max(page, 0), pageSize);
		return new CompanyPage(result.rows().stream().map(CompanySummary::of).toList(), result.page(), result.size(),
				result.total() + (result.capped() ? 1 : 0), result.capped());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One company with all its fields (the read is audit-logged)")
	CompanyView get(@PathVariable long id) {
		return view.company(id);
	}

	@PostMapping
	@Operation(summary = "Register a company",
			description = "409 when the hub has the corporate number, or a company of the same normalised name in "
					+ "the same municipality (repeat with confirmDuplicate=true to register it anyway).")
	ResponseEntity<CompanyView> create(@Valid @RequestBody CompanyData company,
			@Parameter(description = "register although a company of the same name exists") @RequestParam(
					defaultValue = "false") boolean confirmDuplicate) {
		CompanyView created = register.register(company, confirmDuplicate);
		return ResponseEntity.created(URI.create("/api/v1/companies/" + created.id())).body(created);
	}

	@PatchMapping(path = "/{id}", consumes = { "application/merge-patch+json", "application/json" })
	@Operation(summary = "Change some fields of a company (JSON merge patch, RFC 7396)",
			description = "Only the fields present change; null clears a field. \"priorSideJobUse\" (true, false or "
					+ "null = unknown) is the company's own answer on side-job talent used before, which overrides KPI 5. The changed fields are recorded "
					+ "as edited by hand. With \"version\" the change is refused (409) if the company changed since.")
	CompanyView patch(@PathVariable long id, @RequestBody Map<String, Object> patch)
			throws MethodArgumentNotValidException {
		if (patch.containsKey("priorSideJobUse")) {
			Object answer = patch.get("priorSideJobUse");
			if (answer != null && !(answer instanceof Boolean)) {
				throw new IllegalArgumentException("priorSideJobUse must be true, false or null");
			}
			edit.answerPriorSideJobUse(id, (Boolean) answer);
			if (patch.size() == 1) {
				return edit.current(id);
			}
		}
		CompanyView current = edit.current(id);
		CompanyData data = merge(current.data(), patch);
		var errors = new DirectFieldBindingResult(data, "companyData");
		validator.validate(data, errors);
		if (errors.hasErrors()) {
			throw new MethodArgumentNotValidException(patchParameter(), errors);
		}
		Long version = patch.get("version") instanceof Number n ? n.longValue() : null;
		return edit.edit(id, version, data);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail stale(OptimisticLockingFailureException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage("error.optimisticLock", null, LocaleContextHolder.getLocale()));
		problem.setType(URI.create("https://kyoten.jp/problems/conflict"));
		return problem;
	}

	@ExceptionHandler(PossibleDuplicateException.class)
	ProblemDetail possibleDuplicate(PossibleDuplicateException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage(ex.messageKey(), ex.arguments(), LocaleContextHolder.getLocale()));
		problem.setType(URI.create("https://kyoten.jp/problems/business-rule"));
		problem.setProperty("code", ex.messageKey());
		problem.setProperty("candidates", ex.candidates().stream().map(CompanySummary::of).toList());
		return problem;
	}

	/**
	 * Applies a JSON merge patch to the current values; unknown fields or wrong types are
	 * a bad request.
	 */
	static CompanyData merge(CompanyData c, Map<String, Object> patch) {
		for (String key : patch.keySet()) {
			if (!PATCHABLE.contains(key)) {
				throw new IllegalArgumentException("unknown field " + key);
			}
		}
		return new CompanyData(text(patch, "corporateNumber", c.corporateNumber()), text(patch, "name", c.name()),
				text(patch, "nameKana", c.nameKana()), legalForm(patch, c.legalForm()),
				text(patch, "postalCode", c.postalCode()), text(patch, "prefectureCode", c.prefectureCode()),
				text(patch, "municipalityCode", c.municipalityCode()), text(patch, "address", c.address()),
				text(patch, "industry", c.industry()), number(patch, "employees", c.employees(), Integer.class),
				number(patch, "capital", c.capital(), Long.class), text(patch, "representative", c.representative()),
				text(patch, "mainBank", c.mainBank()), text(patch, "phone", c.phone()), text(patch, "url", c.url()),
				flag(patch, "sme", c.sme()), flag(patch, "smallBusiness", c.smallBusiness()),
				flag(patch, "startup", c.startup()), flag(patch, "declared100oku", c.declared100oku()),
				flag(patch, "regionalFutureLeader", c.regionalFutureLeader()), flag(patch, "closed", c.closed()),
				date(patch, "closedOn", c.closedOn()), text(patch, "notes", c.notes()));
	}

	private static String text(Map<String, Object> patch, String key, String current) {
		if (!patch.containsKey(key)) {
			return current;
		}
		Object v = patch.get(key);
		if (v != null && !(v instanceof String)) {
			throw new IllegalArgumentException(key + " must be a string");
		}
		return (String) v;
	}

	private static <N extends Number> N number(Map<String, Object> patch, String key, N current, Class<N> type) {
		if (!patch.containsKey(key)) {
			return current;
		}
		Object v = patch.get(key);
		if (v == null) {
			return null;
		}
		if (!(v instanceof Number n) || new BigDecimal(n.toString()).scale() > 0) {
			throw new IllegalArgumentException(key + " must be a whole number");
		}
		try {
			return type == Integer.class ? type.cast(Math.toIntExact(n.longValue())) : type.cast(n.longValue());
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException(key + " is too large");
		}
	}

	private static boolean flag(Map<String, Object> patch, String key, boolean current) {
		if (!patch.containsKey(key)) {
			return current;
		}
		if (!(patch.get(key) instanceof Boolean b)) {
			throw new IllegalArgumentException(key + " must be true or false");
		}
		return b;
	}

	private static LocalDate date(Map<String, Object> patch, String key, LocalDate current) {
		String s = text(patch, key, current == null ? null : current.toString());
		try {
			return s == null ? null : LocalDate.parse(s);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new IllegalArgumentException(key + " must be a date (yyyy-MM-dd)");
		}
	}

	private static LegalForm legalForm(Map<String, Object> patch, LegalForm current) {
		String s = text(patch, "legalForm", current == null ? null : current.name());
		return s == null ? null : LegalForm.valueOf(s);
	}

	private static MethodParameter patchParameter() {
		try {
			Method method = CompaniesApiController.class.getDeclaredMethod("patch", long.class, Map.class);
			return new MethodParameter(method, 1);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
