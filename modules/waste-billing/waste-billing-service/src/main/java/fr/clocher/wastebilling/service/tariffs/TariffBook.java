package fr.clocher.wastebilling.service.tariffs;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.wastebilling.api.TariffGrid;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's tariff grids, one JSON document per year (checked by
 * {@link TariffRules} before it is stored); read by the billing runs.
 */
public class TariffBook {

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final Clock clock;

	TariffBook(JdbcClient jdbc, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<TariffGrid> find(int year) {
		return this.jdbc.sql("select grid::text from waste_tariff where tenant_id = ? and year = ?")
			.params(TenantContext.require(), year)
			.query(String.class)
			.optional()
			.map((text) -> this.json.readValue(text, TariffGrid.class));
	}

	List<Integer> years() {
		return this.jdbc.sql("select year from waste_tariff where tenant_id = ? order by year desc")
			.param(TenantContext.require())
			.query(Integer.class)
			.list();
	}

	boolean issuedRunIn(int year) {
		return this.jdbc.sql(
				"select exists (select 1 from waste_billing_run where tenant_id = ? and year = ? and status = 'ISSUED')")
			.params(TenantContext.require(), year)
			.query(Boolean.class)
			.single();
	}

	void save(TariffGrid grid) {
		this.jdbc.sql("""
				insert into waste_tariff (tenant_id, year, grid, updated_at) values (?, ?, ?::jsonb, ?)
				on conflict (tenant_id, year) do update set grid = excluded.grid, updated_at = excluded.updated_at
				""")
			.params(TenantContext.require(), grid.year(), this.json.writeValueAsString(grid),
					Timestamp.from(this.clock.instant()))
			.update();
	}

}
