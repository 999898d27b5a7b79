package fr.clocher.directory.service.entries;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.directory.api.EntryStatus;
import fr.clocher.directory.api.OpeningHours;
import fr.clocher.kernel.tenancy.TenantContext;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The directory's entries, in a tenant table under row-level security. Every statement
 * names its tenants explicitly: the current one for the secretary's work; the current one
 * and its groups for the public reads, whose published rows only the
 * {@code group_public_to_members} policy admits.
 */
public class EntryStore {

	/** The columns of {@link #mapper()}, from {@code directory_entry e}. */
	public static final String COLUMNS = "e.tenant_id, e.id, e.category_id, e.name, e.description, e.address,"
			+ " e.commune_id, e.latitude, e.longitude, e.phone, e.email, e.website, e.opening_hours::text as hours,"
			+ " e.siret, e.photo_type, e.photo_alt, e.status, e.last_confirmed_at, e.created_at, e.updated_at";

	private static final TypeReference<List<OpeningHours>> HOURS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	EntryStore(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Reads the rows of a query selecting {@link #COLUMNS}. */
	public RowMapper<StoredEntry> mapper() {
		return this::row;
	}

	public List<StoredEntry> all(EntryStatus status, UUID category) {
		return this.jdbc
			.sql("select " + COLUMNS + " from directory_entry e where e.tenant_id = ?"
					+ " and (cast(? as varchar) is null or e.status = ?)"
					+ " and (cast(? as uuid) is null or e.category_id = ?) order by lower(e.name), e.id")
			.params(TenantContext.require(), name(status), name(status), category, category)
			.query(mapper())
			.list();
	}

	public Optional<StoredEntry> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from directory_entry e where e.tenant_id = ? and e.id = ?")
			.params(TenantContext.require(), id)
			.query(mapper())
			.optional();
	}

	/** The published entries of the given tenants (the current one and its groups). */
	public List<StoredEntry> published(List<UUID> tenants, String categorySlug) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from directory_entry e join directory_category c on c.tenant_id = e.tenant_id and c.id = e.category_id
				where e.tenant_id = any(?) and e.status = 'PUBLISHED' and (cast(? as varchar) is null or c.slug = ?)
				order by lower(e.name), e.id
				""").params(tenants.toArray(UUID[]::new), categorySlug, categorySlug).query(mapper()).list();
	}

	/** One published entry of the given tenants. */
	public Optional<StoredEntry> publishedEntry(List<UUID> tenants, UUID id) {
		return this.jdbc
			.sql("select " + COLUMNS + " from directory_entry e"
					+ " where e.tenant_id = any(?) and e.id = ? and e.status = 'PUBLISHED'")
			.params(tenants.toArray(UUID[]::new), id)
			.query(mapper())
			.optional();
	}

	/** A published entry's photo: its type and bytes. */
	public Optional<Photo> photo(List<UUID> tenants, UUID id) {
		return this.jdbc
			.sql("select photo_type, photo from directory_entry"
					+ " where tenant_id = any(?) and id = ? and status = 'PUBLISHED' and photo is not null")
			.params(tenants.toArray(UUID[]::new), id)
			.query((rs, n) -> new Photo(rs.getString(1), rs.getBytes(2)))
			.optional();
	}

	/** Inserts an entry of the current tenant. */
	public void insert(UUID id, Content content, EntryStatus status, Instant now) {
		this.jdbc.sql("""
				insert into directory_entry (tenant_id, id, category_id, name, description, address, commune_id,
				  latitude, longitude, phone, email, website, opening_hours, siret, status, last_confirmed_at,
				  created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?)
				""")
			.params(TenantContext.require(), id, content.categoryId(), content.name(), content.description(),
					content.address(), content.communeId(), content.latitude(), content.longitude(), content.phone(),
					content.email(), content.website(), hours(content.openingHours()), content.siret(), status.name(),
					ts(now), ts(now), ts(now))
			.update();
	}

	/** Replaces an entry's content, confirming it current. */
	public void update(UUID id, Content content, Instant now) {
		this.jdbc.sql("""
				update directory_entry set category_id = ?, name = ?, description = ?, address = ?, commune_id = ?,
				  latitude = ?, longitude = ?, phone = ?, email = ?, website = ?, opening_hours = cast(? as jsonb),
				  siret = ?, last_confirmed_at = ?, updated_at = ?
				where tenant_id = ? and id = ?
				""")
			.params(content.categoryId(), content.name(), content.description(), content.address(), content.communeId(),
					content.latitude(), content.longitude(), content.phone(), content.email(), content.website(),
					hours(content.openingHours()), content.siret(), ts(now), ts(now), TenantContext.require(), id)
			.update();
	}

	void status(UUID id, EntryStatus status, Instant now) {
		this.jdbc.sql("update directory_entry set status = ?, updated_at = ? where tenant_id = ? and id = ?")
			.params(status.name(), ts(now), TenantContext.require(), id)
			.update();
	}

	/** Records that the entry is current. */
	public void confirm(UUID id, Instant now) {
		this.jdbc.sql("update directory_entry set last_confirmed_at = ? where tenant_id = ? and id = ?")
			.params(ts(now), TenantContext.require(), id)
			.update();
	}

	void photo(UUID id, String type, byte[] content, String alt, Instant now) {
		this.jdbc
			.sql("update directory_entry set photo_type = ?, photo = ?, photo_alt = ?, updated_at = ?"
					+ " where tenant_id = ? and id = ?")
			.params(type, content, alt, ts(now), TenantContext.require(), id)
			.update();
	}

	void delete(UUID id) {
		this.jdbc.sql("delete from directory_entry where tenant_id = ? and id = ?")
			.params(TenantContext.require(), id)
			.update();
	}

	private String hours(List<OpeningHours> hours) {
		return this.json.writeValueAsString(hours);
	}

	private StoredEntry row(ResultSet rs, int n) throws SQLException {
		return new StoredEntry(rs.getObject("tenant_id", UUID.class), rs.getObject("id", UUID.class),
				rs.getObject("category_id", UUID.class), rs.getString("name"), rs.getString("description"),
				rs.getString("address"), rs.getObject("commune_id", UUID.class), decimal(rs, "latitude"),
				decimal(rs, "longitude"), rs.getString("phone"), rs.getString("email"), rs.getString("website"),
				List.copyOf(this.json.readValue(rs.getString("hours"), HOURS)), rs.getString("siret"),
				rs.getString("photo_type"), rs.getString("photo_alt"), EntryStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("last_confirmed_at").toInstant(), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	private static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column);
		return (value != null) ? value.stripTrailingZeros() : null;
	}

	private static String name(EntryStatus status) {
		return (status != null) ? status.name() : null;
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

	/**
	 * A photo.
	 *
	 * @param type its media type
	 * @param content its bytes
	 */
	public record Photo(String type, byte[] content) {

	}

}
