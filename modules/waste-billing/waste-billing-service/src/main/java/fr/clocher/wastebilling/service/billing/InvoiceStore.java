package fr.clocher.wastebilling.service.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.wastebilling.api.Invoice;
import fr.clocher.wastebilling.api.InvoiceKind;
import fr.clocher.wastebilling.api.InvoiceLine;
import fr.clocher.wastebilling.api.InvoiceSummary;
import fr.clocher.wastebilling.api.LineCode;
import fr.clocher.wastebilling.api.LineTotal;
import fr.clocher.wastebilling.api.PayerDifference;
import fr.clocher.wastebilling.service.support.BulkMemory;
import fr.clocher.wastebilling.service.support.Paging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

/**
 * The current tenant's invoices and their lines, under row-level security: written from
 * the run's incoming lines in two set-based statements, read for the review and the
 * lists.
 */
class InvoiceStore {

	/** Where a computation's lines wait, in the transaction's temporary table. */
	static final String INCOMING = "waste_line_incoming";

	static final String INCOMING_COLUMNS = """
			invoice_id uuid not null, payer_id uuid not null, kind text not null, corrects uuid, line_no int not null,
			code text not null, label text not null, basis text not null, months int, volume_litres int,
			persons int, lifts_counted int, lifts_included int, extra_lifts int, weight_grams bigint,
			unit_cents bigint, amount_cents bigint not null, invoice_total bigint""";

	private static final String SUMMARY = """
			select i.id, i.number, i.kind, i.payer_id, p.reference, p.name, i.total_cents
			from waste_invoice i join waste_payer p on p.tenant_id = i.tenant_id and p.id = i.payer_id
			""";

	private final JdbcClient jdbc;

	InvoiceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** More memory for this transaction's sorts and groupings. */
	void bulkMemory(DataSize workMem) {
		BulkMemory.grant(this.jdbc, workMem);
	}

	/** Removes a run's invoices before it is computed again (none is issued). */
	void deleteDrafts(UUID run) {
		UUID tenant = TenantContext.require();
		this.jdbc.sql("""
				delete from waste_invoice_line l using waste_invoice i
				where l.tenant_id = ? and i.tenant_id = l.tenant_id and i.id = l.invoice_id and i.run_id = ?
				    and i.number is null
				""").params(tenant, run).update();
		this.jdbc.sql("delete from waste_invoice where tenant_id = ? and run_id = ? and number is null")
			.params(tenant, run)
			.update();
	}

	/**
	 * The incoming lines into invoices and lines of the run; how many invoices. The
	 * tenant is bound once rather than read by a function for every row.
	 */
	long insertIncoming(UUID run) {
		UUID tenant = TenantContext.require();
		long invoices = this.jdbc.sql("""
				insert into waste_invoice (tenant_id, id, run_id, payer_id, kind, corrects, total_cents)
				select ?, invoice_id, ?, payer_id, kind, corrects, invoice_total
				from waste_line_incoming where line_no = 1
				""").params(tenant, run).update();
		this.jdbc.sql("""
				insert into waste_invoice_line (tenant_id, invoice_id, line_no, code, label, basis, months,
				    volume_litres, persons, lifts_counted, lifts_included, extra_lifts, weight_grams, unit_cents,
				    amount_cents)
				select ?, invoice_id, line_no, code, label, basis, months, volume_litres,
				    persons, lifts_counted, lifts_included, extra_lifts, weight_grams, unit_cents, amount_cents
				from waste_line_incoming
				""").param(tenant).update();
		this.jdbc.sql("truncate waste_line_incoming").update();
		return invoices;
	}

	List<InvoiceSummary> ofRun(UUID run, Paging paging) {
		return this.jdbc.sql(SUMMARY
				+ "where i.tenant_id = ? and i.run_id = ? order by p.reference, i.number nulls first, i.id limit ? offset ?")
			.params(TenantContext.require(), run, paging.size(), paging.offset())
			.query(InvoiceStore::summary)
			.list();
	}

	long countOfRun(UUID run) {
		return this.jdbc.sql("select count(*) from waste_invoice where tenant_id = ? and run_id = ?")
			.params(TenantContext.require(), run)
			.query(Long.class)
			.single();
	}

	Optional<Invoice> find(UUID id) {
		return this.jdbc.sql("""
				select i.id, i.number, i.kind, i.run_id, i.payer_id, p.reference, p.name, r.period_start,
				    r.period_end, i.issued_at, i.corrects, i.total_cents
				from waste_invoice i join waste_payer p on p.tenant_id = i.tenant_id and p.id = i.payer_id
				join waste_billing_run r on r.tenant_id = i.tenant_id and r.id = i.run_id
				where i.tenant_id = ? and i.id = ?
				""").params(TenantContext.require(), id).query((rs, n) -> {
			Timestamp issued = rs.getTimestamp("issued_at");
			return new Invoice(rs.getObject("id", UUID.class), rs.getString("number"),
					InvoiceKind.valueOf(rs.getString("kind")), rs.getObject("run_id", UUID.class),
					rs.getObject("payer_id", UUID.class), rs.getString("reference"), rs.getString("name"),
					rs.getDate("period_start").toLocalDate(), rs.getDate("period_end").toLocalDate(),
					(issued != null) ? issued.toInstant() : null, rs.getObject("corrects", UUID.class),
					rs.getLong("total_cents"), lines(id));
		}).optional();
	}

	/** Whether the invoice has been corrected already; locks its row. */
	Optional<UUID> lockCorrectedBy(UUID invoice) {
		return this.jdbc.sql("select corrected_by from waste_invoice where tenant_id = ? and id = ? for update")
			.params(TenantContext.require(), invoice)
			.query((rs, i) -> Optional.ofNullable(rs.getObject("corrected_by", UUID.class)))
			.single();
	}

	void markCorrected(UUID invoice, UUID creditNote) {
		this.jdbc.sql("update waste_invoice set corrected_by = ? where tenant_id = ? and id = ?")
			.params(creditNote, TenantContext.require(), invoice)
			.update();
	}

	List<InvoiceLine> lines(UUID invoice) {
		return this.jdbc.sql("""
				select code, label, basis, months, volume_litres, persons, lifts_counted, lifts_included, extra_lifts,
				    weight_grams, unit_cents, amount_cents
				from waste_invoice_line where tenant_id = ? and invoice_id = ? order by line_no
				""")
			.params(TenantContext.require(), invoice)
			.query((rs, i) -> new InvoiceLine(LineCode.valueOf(rs.getString("code")), rs.getString("label"),
					rs.getString("basis"), integer(rs, "months"), integer(rs, "volume_litres"), integer(rs, "persons"),
					integer(rs, "lifts_counted"), integer(rs, "lifts_included"), integer(rs, "extra_lifts"),
					(Long) rs.getObject("weight_grams"), (Long) rs.getObject("unit_cents"), rs.getLong("amount_cents")))
			.list();
	}

	/** A run's totals by tariff component (its original invoices). */
	List<LineTotal> lineTotals(UUID run) {
		return this.jdbc.sql("""
				select l.code, count(*) as n, sum(l.amount_cents)::bigint as amount
				from waste_invoice_line l join waste_invoice i on i.tenant_id = l.tenant_id and i.id = l.invoice_id
				where l.tenant_id = ? and i.run_id = ? and i.kind = 'INVOICE' and i.corrects is null
				group by l.code order by l.code
				""")
			.params(TenantContext.require(), run)
			.query((rs, i) -> new LineTotal(LineCode.valueOf(rs.getString("code")), rs.getLong("n"),
					rs.getLong("amount")))
			.list();
	}

	/**
	 * What the previous run billed in all (its invoices, credit notes and corrections).
	 */
	long netTotal(UUID run) {
		return this.jdbc
			.sql("select coalesce(sum(total_cents), 0)::bigint from waste_invoice where tenant_id = ? and run_id = ?")
			.params(TenantContext.require(), run)
			.query(Long.class)
			.single();
	}

	/**
	 * Per payer, this run's bill against what the previous run billed in all; the largest
	 * differences first.
	 */
	List<PayerDifference> differences(UUID run, UUID previous, int limit) {
		return this.jdbc.sql("""
				with cur as (select payer_id, sum(total_cents)::bigint as cents from waste_invoice
				             where tenant_id = ? and run_id = ? and kind = 'INVOICE' and corrects is null
				             group by payer_id),
				     prev as (select payer_id, sum(total_cents)::bigint as cents from waste_invoice
				              where tenant_id = ? and run_id = ? group by payer_id)
				select coalesce(cur.payer_id, prev.payer_id) as payer_id, p.reference, p.name,
				    prev.cents as previous, coalesce(cur.cents, 0) as current
				from cur full join prev on prev.payer_id = cur.payer_id
				join waste_payer p on p.tenant_id = ? and p.id = coalesce(cur.payer_id, prev.payer_id)
				order by abs(coalesce(cur.cents, 0) - coalesce(prev.cents, 0)) desc, p.reference limit ?
				""")
			.params(TenantContext.require(), run, TenantContext.require(), previous, TenantContext.require(), limit)
			.query((rs, i) -> {
				Long before = (Long) rs.getObject("previous");
				long now = rs.getLong("current");
				return new PayerDifference(rs.getObject("payer_id", UUID.class), rs.getString("reference"),
						rs.getString("name"), before, now, now - ((before != null) ? before : 0));
			})
			.list();
	}

	/**
	 * Gives numbers to the run's invoices without one, by payer reference, after
	 * {@code last}: {@code <year>-<000001>}. Returns how many.
	 */
	int number(UUID run, int year, int last, Instant at) {
		UUID tenant = TenantContext.require();
		return this.jdbc.sql("""
				update waste_invoice i set number = ? || '-' || lpad((? + n.rn)::text, 6, '0'), number_year = ?,
				    number_seq = ? + n.rn, issued_at = ?
				from (select i2.id, row_number() over (order by p.reference, i2.kind, i2.id) as rn
				      from waste_invoice i2 join waste_payer p on p.tenant_id = i2.tenant_id and p.id = i2.payer_id
				      where i2.tenant_id = ? and i2.run_id = ? and i2.number is null) n
				where i.tenant_id = ? and i.id = n.id
				""").params(String.valueOf(year), last, year, last, Timestamp.from(at), tenant, run, tenant).update();
	}

	/** The year's last number, its counter row locked until the transaction ends. */
	int lockCounter(int year) {
		UUID tenant = TenantContext.require();
		this.jdbc.sql("""
				insert into waste_invoice_counter (tenant_id, year, last_number) values (?, ?, 0)
				on conflict (tenant_id, year) do nothing
				""").params(tenant, year).update();
		return this.jdbc
			.sql("select last_number from waste_invoice_counter where tenant_id = ? and year = ? for update")
			.params(tenant, year)
			.query(Integer.class)
			.single();
	}

	void advanceCounter(int year, int last) {
		this.jdbc.sql("update waste_invoice_counter set last_number = ? where tenant_id = ? and year = ?")
			.params(last, TenantContext.require(), year)
			.update();
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		return (Integer) rs.getObject(column);
	}

	private static InvoiceSummary summary(ResultSet rs, int i) throws SQLException {
		return new InvoiceSummary(rs.getObject("id", UUID.class), rs.getString("number"),
				InvoiceKind.valueOf(rs.getString("kind")), rs.getObject("payer_id", UUID.class),
				rs.getString("reference"), rs.getString("name"), rs.getLong("total_cents"));
	}

}
