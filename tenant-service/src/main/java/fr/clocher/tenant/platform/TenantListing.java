package fr.clocher.tenant.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.api.ModuleDescriptor;
import fr.clocher.kernel.api.Slugs;
import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.api.platform.PageOf;
import fr.clocher.kernel.api.platform.TenantRow;
import fr.clocher.kernel.api.platform.TenantSort;
import fr.clocher.kernel.api.platform.TenantStatus;
import fr.clocher.kernel.module.ModuleCatalog;
import fr.clocher.kernel.problem.ApiProblem;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The operator's tenant list, in plain SQL on the platform table: filters, sort and
 * paging run in PostgreSQL on indexed columns, and "modules on" and "last activity" come
 * from {@code tenant.module_switches} and {@code tenant.last_activity_at}, never from
 * tenant-scoped tables.
 */
@Component
class TenantListing {

	private static final Pattern CODE = Pattern.compile("\\d[\\dAB]?\\d*");

	private static final TypeReference<Map<String, Boolean>> SWITCHES = new TypeReference<>() {
	};

	private static final String COLUMNS = "select t.id, t.kind, t.official_code, t.slug, t.name, t.department,"
			+ " t.region, t.population, t.status, t.last_activity_at, t.module_switches::text as switches,"
			+ " case when t.kind = 'COMMUNE' then 0 else"
			+ " (select count(*) from tenant_membership m where m.group_id = t.id) end as member_count from tenant t";

	private final JdbcClient jdbc;

	private final ModuleCatalog catalog;

	private final JsonMapper json;

	TenantListing(JdbcClient jdbc, ModuleCatalog catalog, JsonMapper json) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.json = json;
	}

	PageOf<TenantRow> find(TenantFilter filter, TenantSort sort, boolean descending, int page, int size) {
		Where where = where(filter);
		long total = count(where);
		if (total == 0 || (long) page * size >= total) {
			return PageOf.of(List.of(), page, size, total);
		}
		List<Object> params = new ArrayList<>(where.params());
		params.add(size);
		params.add((long) page * size);
		List<TenantRow> rows = this.jdbc
			.sql(COLUMNS + where.sql() + " order by " + order(sort, descending) + " limit ? offset ?")
			.params(params)
			.query(this::row)
			.list();
		return PageOf.of(rows, page, size, total);
	}

	/**
	 * How many tenants match, and how many of them have each module on or may have it.
	 */
	Counts counts(TenantFilter filter) {
		Where where = where(filter);
		List<ModuleDescriptor> modules = this.catalog.descriptors();
		StringBuilder sql = new StringBuilder("select count(*)");
		for (ModuleDescriptor module : modules) {
			sql.append(", count(*) filter (where ").append(ModuleSwitchSql.isOn(module)).append(")");
			sql.append(", count(*) filter (where ").append(ModuleSwitchSql.isEligible(module)).append(")");
		}
		sql.append(" from tenant t").append(where.sql());
		return this.jdbc.sql(sql.toString()).params(where.params()).query((rs, n) -> {
			long[] on = new long[modules.size()];
			long[] eligible = new long[modules.size()];
			for (int i = 0; i < modules.size(); i++) {
				on[i] = rs.getLong(2 + 2 * i);
				eligible[i] = rs.getLong(3 + 2 * i);
			}
			return new Counts(rs.getLong(1), modules, on, eligible);
		}).single();
	}

	/** Tenant and module counts over the tenants matched. */
	record Counts(long tenants, List<ModuleDescriptor> modules, long[] on, long[] eligible) {
	}

	private long count(Where where) {
		return this.jdbc.sql("select count(*) from tenant t" + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	private Where where(TenantFilter filter) {
		List<String> conditions = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		String text = (filter.text() != null) ? filter.text().trim() : "";
		if (!text.isEmpty()) {
			if (CODE.matcher(text.toUpperCase(Locale.ROOT)).matches()) {
				conditions.add("t.official_code like ? escape '\\'");
				params.add(escape(text.toUpperCase(Locale.ROOT)) + "%");
			}
			else {
				conditions.add("t.search_name like ? escape '\\'");
				params.add(escape(Slugs.searchKey(text)) + "%");
			}
		}
		if (filter.kind() != null) {
			conditions.add("t.kind = ?");
			params.add(filter.kind().name());
		}
		if (filter.status() != null) {
			conditions.add("t.status = ?");
			params.add(filter.status().name());
		}
		if (filter.department() != null && !filter.department().isBlank()) {
			conditions.add("t.department = ?");
			params.add(filter.department().trim().toUpperCase(Locale.ROOT));
		}
		if (filter.groupId() != null) {
			conditions.add("exists (select 1 from tenant_membership m where m.member_id = t.id and m.group_id = ?)");
			params.add(filter.groupId());
		}
		if (filter.module() != null && !filter.module().isBlank()) {
			conditions.add(ModuleSwitchSql.isOn(module(filter.module().trim())));
		}
		return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
	}

	private ModuleDescriptor module(String key) {
		return this.catalog.descriptors()
			.stream()
			.filter((module) -> module.key().equals(key))
			.findFirst()
			.orElseThrow(() -> ApiProblem.badRequest("unknown-module", "module",
					LocalizedText
						.of("Aucun module installé n'a la clé « %s ».", "No installed module has the key '%s'.")
						.formatted(key)));
	}

	private static String order(TenantSort sort, boolean descending) {
		String direction = descending ? " desc" : " asc";
		return switch (sort) {
			case NAME -> "t.search_name" + direction + ", t.id";
			case KIND -> "t.kind" + direction + ", t.search_name, t.id";
			case STATUS -> "t.status" + direction + ", t.search_name, t.id";
			case POPULATION -> "t.population" + direction + " nulls last, t.search_name, t.id";
			case LAST_ACTIVITY -> "t.last_activity_at" + direction + " nulls last, t.search_name, t.id";
		};
	}

	private TenantRow row(ResultSet rs, int rowNum) throws SQLException {
		TenantKind kind = TenantKind.valueOf(rs.getString("kind"));
		Map<String, Boolean> switches = this.json.readValue(rs.getString("switches"), SWITCHES);
		Timestamp lastActivity = rs.getTimestamp("last_activity_at");
		return new TenantRow(rs.getObject("id", UUID.class), kind, rs.getString("official_code"), rs.getString("slug"),
				rs.getString("name"), rs.getString("department"), rs.getString("region"),
				rs.getObject("population", Integer.class), TenantStatus.valueOf(rs.getString("status")),
				(lastActivity != null) ? lastActivity.toInstant() : null,
				ModuleSwitchSql.modulesOn(this.catalog.descriptors(), kind, switches), rs.getInt("member_count"));
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private record Where(String sql, List<Object> params) {
	}

}
