package fr.clocher.wastebilling.service.printing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.wastebilling.api.InvoiceKind;
import fr.clocher.wastebilling.api.InvoiceLine;
import fr.clocher.wastebilling.api.LineCode;
import fr.clocher.wastebilling.api.RunStatus;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The current tenant's issued invoices as they print, under row-level security: one, or a
 * run's by number, a page after a number at a time (a run of any size is never read
 * whole).
 */
class PrintStore {

	private static final String DOCUMENT = """
			select i.id, i.number, i.kind, i.issued_at, r.period_start, r.period_end, p.reference, p.name,
			    p.address, p.commune_id, c.number as corrects_number, i.total_cents
			from waste_invoice i
			join waste_payer p on p.tenant_id = i.tenant_id and p.id = i.payer_id
			join waste_billing_run r on r.tenant_id = i.tenant_id and r.id = i.run_id
			left join waste_invoice c on c.tenant_id = i.tenant_id and c.id = i.corrects
			where i.tenant_id = ?
			""";

	private final JdbcClient jdbc;

	PrintStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An invoice with its lines, issued or not (the caller decides). */
	Optional<PrintedInvoice> invoice(UUID id) {
		return this.jdbc.sql(DOCUMENT + " and i.id = ?")
			.params(TenantContext.require(), id)
			.query(PrintStore::document)
			.optional()
			.map((found) -> withLines(List.of(found)).get(0));
	}

	/**
	 * Checks that the tenant has the run and that it is issued: {@code run-not-found}
	 * (404), {@code run-not-issued} (409) naming its status.
	 */
	void requireIssued(UUID run) {
		RunStatus status = this.jdbc.sql("select status from waste_billing_run where tenant_id = ? and id = ?")
			.params(TenantContext.require(), run)
			.query((rs, i) -> RunStatus.valueOf(rs.getString("status")))
			.optional()
			.orElseThrow(() -> ApiProblem.notFound("run-not-found", "id",
					LocalizedText.of("Aucune facturation n'a l'identifiant %s.", "No billing run has the id %s.")
						.formatted(run)));
		if (status != RunStatus.ISSUED) {
			throw ApiProblem.conflict("run-not-issued", "status",
					LocalizedText
						.of("La facturation est à l'état %s : ses factures s'impriment une fois émises.",
								"The run is %s: its invoices are printed once issued.")
						.formatted(status));
		}
	}

	/** The run's issued invoices and credit notes. */
	long countIssued(UUID run) {
		return this.jdbc
			.sql("select count(*) from waste_invoice where tenant_id = ? and run_id = ? and number is not null")
			.params(TenantContext.require(), run)
			.query(Long.class)
			.single();
	}

	/**
	 * The run's issued invoices and credit notes numbered after {@code after} (all from
	 * null), by number, at most {@code size}; with their lines or without. Read along the
	 * index of the run's numbers (V4): each page costs its own rows only.
	 */
	List<PrintedInvoice> page(UUID run, String after, int size, boolean lines) {
		int year = (after != null) ? Integer.parseInt(after.substring(0, after.indexOf('-'))) : 0;
		int seq = (after != null) ? Integer.parseInt(after.substring(after.indexOf('-') + 1)) : 0;
		List<PrintedInvoice> page = this.jdbc.sql(DOCUMENT + """
				 and i.run_id = ? and i.number_year is not null and (i.number_year, i.number_seq) > (?, ?)
				order by i.number_year, i.number_seq limit ?
				""").params(TenantContext.require(), run, year, seq, size).query(PrintStore::document).list();
		return lines ? withLines(page) : page;
	}

	private List<PrintedInvoice> withLines(List<PrintedInvoice> invoices) {
		if (invoices.isEmpty()) {
			return invoices;
		}
		UUID[] ids = invoices.stream().map(PrintedInvoice::id).toArray(UUID[]::new);
		Map<UUID, List<InvoiceLine>> lines = new HashMap<>();
		this.jdbc.sql("""
				select invoice_id, code, label, basis, months, volume_litres, persons, lifts_counted, lifts_included,
				    extra_lifts, weight_grams, unit_cents, amount_cents
				from waste_invoice_line where tenant_id = ? and invoice_id = any(?) order by invoice_id, line_no
				""").params(TenantContext.require(), ids).query((RowCallbackHandler) (rs) -> {
			lines.computeIfAbsent(rs.getObject("invoice_id", UUID.class), (k) -> new ArrayList<>()).add(line(rs));
		});
		return invoices.stream()
			.map((invoice) -> invoice.withLines(lines.getOrDefault(invoice.id(), List.of())))
			.toList();
	}

	private static InvoiceLine line(ResultSet rs) throws SQLException {
		return new InvoiceLine(LineCode.valueOf(rs.getString("code")), rs.getString("label"), rs.getString("basis"),
				(Integer) rs.getObject("months"), (Integer) rs.getObject("volume_litres"),
				(Integer) rs.getObject("persons"), (Integer) rs.getObject("lifts_counted"),
				(Integer) rs.getObject("lifts_included"), (Integer) rs.getObject("extra_lifts"),
				(Long) rs.getObject("weight_grams"), (Long) rs.getObject("unit_cents"), rs.getLong("amount_cents"));
	}

	private static PrintedInvoice document(ResultSet rs, int row) throws SQLException {
		java.sql.Timestamp issued = rs.getTimestamp("issued_at");
		return new PrintedInvoice(rs.getObject("id", UUID.class), rs.getString("number"),
				InvoiceKind.valueOf(rs.getString("kind")), (issued != null) ? issued.toInstant() : null,
				rs.getDate("period_start").toLocalDate(), rs.getDate("period_end").toLocalDate(),
				rs.getString("reference"), rs.getString("name"), rs.getString("address"),
				rs.getObject("commune_id", UUID.class), rs.getString("corrects_number"), rs.getLong("total_cents"),
				List.of());
	}

}
