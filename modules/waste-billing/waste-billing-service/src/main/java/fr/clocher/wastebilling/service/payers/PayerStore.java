package fr.clocher.wastebilling.service.payers;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.wastebilling.api.Civility;
import fr.clocher.wastebilling.api.Exemption;
import fr.clocher.wastebilling.api.PayerKind;
import fr.clocher.wastebilling.service.support.Paging;
import fr.clocher.wastebilling.service.support.SearchText;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The current tenant's payers and exemptions, in tenant tables under row-level security
 * (the explicit {@code tenant_id} conditions use the keys; the policy is the guarantee).
 */
class PayerStore {

	private static final String COLUMNS = "select id, kind, reference, name, address, commune_id, household_size,"
			+ " professional_category, active_from, active_to, civility, first_name, siret from waste_payer ";

	private static final String PAGE = """
			select p.id, p.kind, p.reference, p.name, p.address, p.commune_id, p.household_size,
			    p.professional_category, p.active_from, p.active_to, p.civility, p.first_name, p.siret
			from (select id, sort_name from waste_payer where tenant_id = ?%s
			      order by sort_name, id limit ? offset ?) f
			join waste_payer p on p.tenant_id = ? and p.id = f.id
			order by f.sort_name, f.id
			""";

	private final JdbcClient jdbc;

	PayerStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredPayer> find(UUID id) {
		return this.jdbc.sql(COLUMNS + "where tenant_id = ? and id = ?")
			.params(TenantContext.require(), id)
			.query(PayerStore::row)
			.optional();
	}

	Optional<UUID> byReference(String reference) {
		return this.jdbc.sql("select id from waste_payer where tenant_id = ? and reference = ?")
			.params(TenantContext.require(), reference)
			.query(UUID.class)
			.optional();
	}

	/**
	 * A page of the payers whose search text contains the query (all when blank), by
	 * name, and how many there are. The page's ids are found in the name index alone (it
	 * carries the search text), so a common word walks a few hundred index entries and a
	 * rare one goes through the trigram index, as the planner judges; only the page's
	 * rows are then read. The count is skipped when the first page is not full.
	 */
	Found search(String query, Paging paging) {
		UUID tenant = TenantContext.require();
		boolean all = SearchText.of(query).isEmpty();
		String matching = all ? "" : " and search_text like ?";
		List<Object> params = new ArrayList<>(List.of(tenant));
		if (!all) {
			params.add(SearchText.containing(query));
		}
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.addAll(List.of(paging.size(), paging.offset(), tenant));
		List<StoredPayer> page = this.jdbc.sql(PAGE.formatted(matching))
			.params(pageParams)
			.query(PayerStore::row)
			.list();
		if (paging.offset() == 0 && page.size() < paging.size()) {
			return new Found(page, page.size());
		}
		long total = this.jdbc.sql("select count(*) from waste_payer where tenant_id = ?" + matching)
			.params(params)
			.query(Long.class)
			.single();
		return new Found(page, total);
	}

	/** A page of payers and how many the search found in all. */
	record Found(List<StoredPayer> page, long total) {

	}

	void insert(StoredPayer payer, Instant now) {
		this.jdbc.sql("""
				insert into waste_payer (tenant_id, id, kind, reference, name, address, commune_id, household_size,
				    professional_category, active_from, active_to, civility, first_name, siret, search_text,
				    created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(TenantContext.require(), payer.id(), payer.kind().name(), payer.reference(), payer.name(),
					payer.address(), payer.communeId(), payer.householdSize(), payer.professionalCategory(),
					Date.valueOf(payer.activeFrom()), date(payer.activeTo()), civility(payer), payer.firstName(),
					payer.siret(), search(payer), Timestamp.from(now), Timestamp.from(now))
			.update();
	}

	void update(StoredPayer payer, Instant now) {
		this.jdbc.sql("""
				update waste_payer set kind = ?, reference = ?, name = ?, address = ?, commune_id = ?,
				    household_size = ?, professional_category = ?, active_from = ?, active_to = ?, civility = ?,
				    first_name = ?, siret = ?, search_text = ?, updated_at = ?
				where tenant_id = ? and id = ?
				""")
			.params(payer.kind().name(), payer.reference(), payer.name(), payer.address(), payer.communeId(),
					payer.householdSize(), payer.professionalCategory(), Date.valueOf(payer.activeFrom()),
					date(payer.activeTo()), civility(payer), payer.firstName(), payer.siret(), search(payer),
					Timestamp.from(now), TenantContext.require(), payer.id())
			.update();
	}

	List<Exemption> exemptions(UUID payer) {
		return this.jdbc.sql("""
				select id, payer_id, reason, proof_reference, valid_from, valid_to from waste_exemption
				where tenant_id = ? and payer_id = ? order by valid_from, id
				""")
			.params(TenantContext.require(), payer)
			.query((rs, i) -> new Exemption(rs.getObject("id", UUID.class), rs.getObject("payer_id", UUID.class),
					rs.getString("reason"), rs.getString("proof_reference"), localDate(rs, "valid_from"),
					localDate(rs, "valid_to")))
			.list();
	}

	void insertExemption(Exemption exemption) {
		this.jdbc.sql("""
				insert into waste_exemption (tenant_id, id, payer_id, reason, proof_reference, valid_from, valid_to)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(TenantContext.require(), exemption.id(), exemption.payerId(), exemption.reason(),
					exemption.proofReference(), Date.valueOf(exemption.validFrom()), date(exemption.validTo()))
			.update();
	}

	int deleteExemption(UUID payer, UUID exemption) {
		return this.jdbc.sql("delete from waste_exemption where tenant_id = ? and payer_id = ? and id = ?")
			.params(TenantContext.require(), payer, exemption)
			.update();
	}

	private static String search(StoredPayer payer) {
		return SearchText.of(payer.reference(), payer.name(), payer.firstName(), payer.address());
	}

	private static String civility(StoredPayer payer) {
		return (payer.civility() != null) ? payer.civility().name() : null;
	}

	static Date date(LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

	static LocalDate localDate(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

	private static StoredPayer row(ResultSet rs, int i) throws SQLException {
		return new StoredPayer(rs.getObject("id", UUID.class), PayerKind.valueOf(rs.getString("kind")),
				rs.getString("reference"), rs.getString("name"), rs.getString("address"),
				rs.getObject("commune_id", UUID.class), (Integer) rs.getObject("household_size"),
				rs.getString("professional_category"), localDate(rs, "active_from"), localDate(rs, "active_to"),
				(rs.getString("civility") != null) ? Civility.valueOf(rs.getString("civility")) : null,
				rs.getString("first_name"), rs.getString("siret"));
	}

}
