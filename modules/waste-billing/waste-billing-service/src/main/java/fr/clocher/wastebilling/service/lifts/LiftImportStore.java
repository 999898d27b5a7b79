package fr.clocher.wastebilling.service.lifts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.wastebilling.api.AnomalyKind;
import fr.clocher.wastebilling.api.LiftAnomaly;
import fr.clocher.wastebilling.api.LiftImport;
import fr.clocher.wastebilling.service.support.Paging;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The set-based half of an import (from the transaction's incoming lines into the lifts,
 * anomalies decided in SQL, the tenant's policy checking every row written) and the
 * imports' reports, under row-level security.
 */
class LiftImportStore {

	/**
	 * The incoming lines into {@code waste_lift}, once per source reference (the first
	 * line of a file that repeats one), never a lift an earlier file brought (imports of
	 * a tenant run one at a time, so every lift already known is visible here); each with
	 * its anomaly decided on the lift's date. A plain insert after an anti-join: cheaper
	 * than {@code on conflict do nothing}, which inserts every row speculatively. The
	 * distinct lines are counted from the same sorted set: the file's lines are read
	 * once, sorted bytewise (a collation's comparisons cost more and order nothing here).
	 * The tenant's bins, each with the dates it was held as one multirange, are read once
	 * and hash-joined by tag: a lookup of the bin and of its assignment for every line
	 * cost two index probes a line, most of the import. The tenant written is a
	 * parameter, not {@code clocher_current_tenant()}: a function in the select list runs
	 * once a row (0.9 s of backend time for 2.6 M lines); the policy still checks every
	 * row.
	 */
	private static final String MOVE = """
			with s as materialized (
			    select distinct on (source_ref collate "C") * from waste_lift_incoming
			    order by source_ref collate "C", line),
			bins as materialized (
			    select b.id, b.tag, b.blacklisted_from, b.volume_litres, a.held
			    from waste_bin b
			    left join (select bin_id, range_agg(daterange(start_date, end_date, '[]')) as held
			               from waste_bin_assignment where tenant_id = clocher_current_tenant()
			               group by bin_id) a on a.bin_id = b.id
			    where b.tenant_id = clocher_current_tenant()),
			moved as (
			    insert into waste_lift (tenant_id, source_ref, import_id, line, tag, bin_id, lifted_at, lifted_on,
			        weight_grams, latitude, longitude, truck, anomaly)
			    select ?, s.source_ref, ?, s.line, s.tag, b.id, s.lifted_at, s.lifted_on,
			        s.weight_grams, s.latitude, s.longitude, s.truck,
			        case when b.id is null then 'UNKNOWN_TAG'
			             when b.blacklisted_from is not null and s.lifted_on >= b.blacklisted_from then 'BLACKLISTED_BIN'
			             when b.held is null or not b.held @> s.lifted_on then 'BIN_NOT_ASSIGNED'
			             when s.weight_grams > b.volume_litres::bigint * ? then 'WEIGHT_OUTLIER'
			        end
			    from s
			    left join bins b on b.tag = s.tag
			    where not exists (select 1 from waste_lift known where known.tenant_id = clocher_current_tenant()
			        and known.source_ref = s.source_ref)
			    returning 1)
			select (select count(*) from s) as distinct_lines, (select count(*) from moved) as imported
			""";

	/**
	 * What moving a file's lines did.
	 *
	 * @param distinct the lines once each repeated one is set aside
	 * @param imported the lifts new to the tenant
	 */
	record Moved(long distinct, long imported) {

	}

	private final JdbcClient jdbc;

	LiftImportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Moved move(UUID importId, int outlierGramsPerLitre) {
		UUID tenant = TenantContext.require();
		// One import at a time per tenant: the lifts already known are then all visible
		// to the statement, which inserts only the others.
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('waste_lift_import'), hashtext(?))")
			.param(tenant.toString())
			.query((rs, i) -> 1)
			.list();
		// A merge join on the tag sorted the 2.6 M lines again (on disk) and wrote them
		// in tag order, across the key's index; hashed, they keep the order of their
		// source reference, the key's own, and the statement takes three quarters of the
		// time
		// (EXPLAIN ANALYZE on the benchmark's data).
		String mergeJoin = this.jdbc.sql("select current_setting('enable_mergejoin')").query(String.class).single();
		this.jdbc.sql("select set_config('enable_mergejoin', 'off', true)").query((rs, i) -> 1).list();
		Moved moved = this.jdbc.sql(MOVE)
			.params(tenant, importId, outlierGramsPerLitre)
			.query((rs, i) -> new Moved(rs.getLong("distinct_lines"), rs.getLong("imported")))
			.single();
		this.jdbc.sql("select set_config('enable_mergejoin', ?, true)").param(mergeJoin).query((rs, i) -> 1).list();
		return moved;
	}

	void insert(LiftImport report) {
		this.jdbc.sql("""
				insert into waste_lift_import (tenant_id, id, file_name, imported_at, lines, imported, already_imported,
				    duplicates_in_file) values (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(TenantContext.require(), report.id(), report.fileName(), Timestamp.from(report.importedAt()),
					report.lines(), report.imported(), report.alreadyImported(), report.duplicatesInFile())
			.update();
	}

	List<LiftImport> page(Paging paging) {
		return this.jdbc.sql("""
				select id, file_name, imported_at, lines, imported, already_imported, duplicates_in_file
				from waste_lift_import where tenant_id = ? order by imported_at desc, id limit ? offset ?
				""").params(TenantContext.require(), paging.size(), paging.offset()).query(this::report).list();
	}

	long count() {
		return this.jdbc.sql("select count(*) from waste_lift_import where tenant_id = ?")
			.param(TenantContext.require())
			.query(Long.class)
			.single();
	}

	Optional<LiftImport> find(UUID id) {
		return this.jdbc.sql("""
				select id, file_name, imported_at, lines, imported, already_imported, duplicates_in_file
				from waste_lift_import where tenant_id = ? and id = ?
				""").params(TenantContext.require(), id).query(this::report).optional();
	}

	Map<AnomalyKind, Long> anomalyCounts(UUID importId) {
		Map<AnomalyKind, Long> counts = new EnumMap<>(AnomalyKind.class);
		this.jdbc.sql("""
				select anomaly, count(*) as n from waste_lift
				where tenant_id = ? and import_id = ? and anomaly is not null group by anomaly
				""").params(TenantContext.require(), importId).query((rs) -> {
			counts.put(AnomalyKind.valueOf(rs.getString("anomaly")), rs.getLong("n"));
		});
		return counts;
	}

	List<LiftAnomaly> anomalies(UUID importId, Paging paging) {
		return this.jdbc.sql("""
				select line, tag, lifted_at, weight_grams, anomaly from waste_lift
				where tenant_id = ? and import_id = ? and anomaly is not null order by line limit ? offset ?
				""")
			.params(TenantContext.require(), importId, paging.size(), paging.offset())
			.query((rs, i) -> new LiftAnomaly(rs.getLong("line"), rs.getString("tag"),
					rs.getTimestamp("lifted_at").toInstant(), (Long) rs.getObject("weight_grams"),
					AnomalyKind.valueOf(rs.getString("anomaly"))))
			.list();
	}

	private LiftImport report(ResultSet rs, int i) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Instant at = rs.getTimestamp("imported_at").toInstant();
		return new LiftImport(id, rs.getString("file_name"), at, rs.getLong("lines"), rs.getLong("imported"),
				rs.getLong("already_imported"), rs.getLong("duplicates_in_file"), anomalyCounts(id));
	}

}
