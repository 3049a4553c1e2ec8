package jp.kyoten.directory;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.kyoten.hub.Hubs;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * The system administrator's search of the directory across every hub (issue 21): which
 * hubs hold a company, found by a name or kana fragment or the beginning of its corporate
 * number, from the registry's public columns only (V281 {@code company_across_hubs}). It
 * finds what a hub's own search finds ({@link CompanySearch}: the same normalising, the
 * same gram keys, LIKE confirming), in every hub or in the one chosen.
 * <p>
 * A broad word matches tens of thousands of companies across hubs, and no kana index runs
 * across hubs (each hub's leads with the hub, and another one would cost every import):
 * so the matches are collected up to {@link DirectorySettings#countCap()} and sorted;
 * beyond that the search says how many at least and asks for a longer word, a corporate
 * number or a hub, rather than show an arbitrary part of them as if it were the first
 * page.
 * <p>
 * Not transactional on purpose: the across-hubs scope is told to PostgreSQL when a
 * connection is borrowed, so the one statement borrows its connection inside the scope.
 */
@Component
public class CompaniesAcrossHubs {

	/** One company in one hub. */
	public record Found(long id, long hubId, String hubName, String corporateNumber, String name, String nameKana,
			String municipalityCode, boolean closed) {

		public String municipalityName() {
			return Municipalities.name(municipalityCode);
		}

	}

	/**
	 * A page of what was found; {@code tooMany} when more than {@code cap} match, and
	 * then no rows.
	 */
	public record Result(List<Found> rows, int page, int size, int total, boolean tooMany, int cap) {

		public boolean isEmpty() {
			return rows.isEmpty();
		}

		static Result none(int size, int cap) {
			return new Result(List.of(), 0, size, 0, false, cap);
		}

	}

	private static final String COLUMNS = "id, hub_id, corporate_number, name, name_kana, municipality_code, closed";

	private final JdbcClient jdbc;

	private final DirectorySettings settings;

	private final Hubs hubs;

	CompaniesAcrossHubs(JdbcClient jdbc, DirectorySettings settings, Hubs hubs) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.hubs = hubs;
	}

	/**
	 * @param q a name or kana fragment, or four or more digits of a corporate number; a
	 * blank query finds nothing
	 * @param hubId the hub to search in, or {@code null} for every hub
	 */
	public Result search(String q, Long hubId, int page, int size) {
		int cap = settings.countCap();
		CompanyQuery query = CompanyQuery.of(q);
		if (query.kind() == CompanyQuery.Kind.NONE) {
			return Result.none(size, cap);
		}
		StringBuilder where = new StringBuilder(" WHERE merged_into_id IS NULL");
		List<Object> params = new ArrayList<>();
		if (query.kind() == CompanyQuery.Kind.CORPORATE_NUMBER) {
			// every hub named: the prefix index leads with the hub (V284), one range per
			// hub
			where.append(" AND hub_id = ANY (?) AND corporate_number LIKE ?");
			params.add(hubId != null ? new Long[] { hubId }
					: hubs.all().stream().map(jp.kyoten.hub.Hub::getId).toArray(Long[]::new));
			params.add(query.corporateNumberPattern());
		}
		else {
			if (hubId == null) {
				where.append(" AND search_grams @> ?::int4[]");
			}
			else {
				// the hub's key beside the query's, as a hub's own search asks (V271)
				where.append(" AND search_grams @> (?::int4[] || kyoten_hub_gram_key(?)) AND hub_id = ?");
			}
			params.add(query.gramKeys());
			if (hubId != null) {
				params.add(hubId);
				params.add(hubId);
			}
			where.append(" AND search_text LIKE ? ESCAPE '\\'");
			params.add(query.namePattern());
		}
		int safePage = Math.max(0, Math.min(page, (cap - 1) / Math.max(size, 1)));
		List<Object> all = new ArrayList<>(params);
		all.add(size);
		all.add((long) safePage * size);
		int[] total = { 0 };
		List<Found> rows = HubScope.callAcrossHubs("directory",
				() -> jdbc
					.sql("WITH m AS MATERIALIZED (SELECT " + COLUMNS + " FROM company_across_hubs" + where + " LIMIT "
							+ (cap + 1) + ") SELECT m.*, count(*) OVER () AS total FROM m"
							+ " ORDER BY name_kana, name, hub_id, id LIMIT ? OFFSET ?")
					.params(all)
					.query((rs, n) -> {
						total[0] = rs.getInt("total");
						return new Found(rs.getLong("id"), rs.getLong("hub_id"), null, rs.getString("corporate_number"),
								rs.getString("name"), rs.getString("name_kana"), rs.getString("municipality_code"),
								rs.getBoolean("closed"));
					})
					.list()
					.stream()
					.map(this::withHubName)
					.toList());
		if (rows.isEmpty() && safePage > 0) {
			return search(q, hubId, 0, size);
		}
		if (total[0] > cap) {
			return new Result(List.of(), 0, size, cap, true, cap);
		}
		return new Result(rows, safePage, size, total[0], false, cap);
	}

	private Found withHubName(Found f) {
		return new Found(f.id(), f.hubId(), hubs.nameOf(f.hubId()), f.corporateNumber(), f.name(), f.nameKana(),
				f.municipalityCode(), f.closed());
	}

}
