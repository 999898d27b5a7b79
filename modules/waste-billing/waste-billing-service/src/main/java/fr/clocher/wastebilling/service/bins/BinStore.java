package fr.clocher.wastebilling.service.bins;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.wastebilling.api.BinAssignment;
import fr.clocher.wastebilling.service.support.Paging;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The current tenant's bins and their assignments, under row-level security. */
class BinStore {

	private static final String COLUMNS = "select id, tag, volume_litres, blacklisted_from, blacklist_reason from waste_bin ";

	private static final String ASSIGNMENTS = """
			select a.id, a.bin_id, b.tag, b.volume_litres, a.payer_id, p.reference, a.start_date, a.end_date
			from waste_bin_assignment a join waste_payer p on p.tenant_id = a.tenant_id and p.id = a.payer_id
			join waste_bin b on b.tenant_id = a.tenant_id and b.id = a.bin_id
			""";

	private final JdbcClient jdbc;

	BinStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredBin> find(UUID id) {
		return this.jdbc.sql(COLUMNS + "where tenant_id = ? and id = ?")
			.params(TenantContext.require(), id)
			.query(BinStore::row)
			.optional();
	}

	/**
	 * The bin's row, locked until the transaction ends: its assignments change one at a
	 * time.
	 */
	Optional<StoredBin> lock(UUID id) {
		return this.jdbc.sql(COLUMNS + "where tenant_id = ? and id = ? for update")
			.params(TenantContext.require(), id)
			.query(BinStore::row)
			.optional();
	}

	Optional<UUID> byTag(String tag) {
		return this.jdbc.sql("select id from waste_bin where tenant_id = ? and tag = ?")
			.params(TenantContext.require(), tag)
			.query(UUID.class)
			.optional();
	}

	List<StoredBin> search(String tagStart, Paging paging) {
		return this.jdbc.sql(COLUMNS + "where tenant_id = ? and tag like ? order by tag limit ? offset ?")
			.params(TenantContext.require(), prefix(tagStart), paging.size(), paging.offset())
			.query(BinStore::row)
			.list();
	}

	long count(String tagStart) {
		return this.jdbc.sql("select count(*) from waste_bin where tenant_id = ? and tag like ?")
			.params(TenantContext.require(), prefix(tagStart))
			.query(Long.class)
			.single();
	}

	void insert(StoredBin bin, Instant now) {
		this.jdbc.sql("""
				insert into waste_bin (tenant_id, id, tag, volume_litres, created_at) values (?, ?, ?, ?, ?)
				""")
			.params(TenantContext.require(), bin.id(), bin.tag(), bin.volumeLitres(), Timestamp.from(now))
			.update();
	}

	void update(UUID id, String tag, int volume) {
		this.jdbc.sql("update waste_bin set tag = ?, volume_litres = ? where tenant_id = ? and id = ?")
			.params(tag, volume, TenantContext.require(), id)
			.update();
	}

	void blacklist(UUID id, LocalDate from, String reason) {
		this.jdbc.sql("update waste_bin set blacklisted_from = ?, blacklist_reason = ? where tenant_id = ? and id = ?")
			.params(Date.valueOf(from), reason, TenantContext.require(), id)
			.update();
	}

	boolean payerExists(UUID payer) {
		return this.jdbc.sql("select exists (select 1 from waste_payer where tenant_id = ? and id = ?)")
			.params(TenantContext.require(), payer)
			.query(Boolean.class)
			.single();
	}

	List<BinAssignment> assignmentsOfBin(UUID bin) {
		return this.jdbc.sql(ASSIGNMENTS + "where a.tenant_id = ? and a.bin_id = ? order by a.start_date, a.id")
			.params(TenantContext.require(), bin)
			.query(BinStore::assignment)
			.list();
	}

	List<BinAssignment> assignmentsOfPayer(UUID payer) {
		return this.jdbc.sql(ASSIGNMENTS + "where a.tenant_id = ? and a.payer_id = ? order by a.start_date, a.id")
			.params(TenantContext.require(), payer)
			.query(BinStore::assignment)
			.list();
	}

	void insertAssignment(UUID id, UUID bin, UUID payer, LocalDate start, LocalDate end) {
		this.jdbc.sql("""
				insert into waste_bin_assignment (tenant_id, id, bin_id, payer_id, start_date, end_date)
				values (?, ?, ?, ?, ?, ?)
				""").params(TenantContext.require(), id, bin, payer, Date.valueOf(start), date(end)).update();
	}

	void endAssignment(UUID id, LocalDate end) {
		this.jdbc.sql("update waste_bin_assignment set end_date = ? where tenant_id = ? and id = ?")
			.params(Date.valueOf(end), TenantContext.require(), id)
			.update();
	}

	private static String prefix(String start) {
		String clean = (start == null) ? "" : start.strip();
		return clean.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static Date date(LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

	private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

	private static StoredBin row(ResultSet rs, int i) throws SQLException {
		return new StoredBin(rs.getObject("id", UUID.class), rs.getString("tag"), rs.getInt("volume_litres"),
				localDate(rs, "blacklisted_from"), rs.getString("blacklist_reason"));
	}

	private static BinAssignment assignment(ResultSet rs, int i) throws SQLException {
		return new BinAssignment(rs.getObject("id", UUID.class), rs.getObject("bin_id", UUID.class),
				rs.getString("tag"), rs.getInt("volume_litres"), rs.getObject("payer_id", UUID.class),
				rs.getString("reference"), localDate(rs, "start_date"), localDate(rs, "end_date"));
	}

}
