package fr.clocher.directory.service.categories;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.directory.api.Category;
import fr.clocher.directory.api.CategoryKind;
import fr.clocher.kernel.tenancy.TenantContext;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The categories of the current tenant, or of the tenants whose public directory its site
 * shows (its groups, through the {@code group_public_to_members} policy). Every statement
 * names the tenants explicitly; the policies are the guarantee.
 */
public class CategoryStore {

	private static final String COLUMNS = "select c.id, c.name, c.slug, c.kind,"
			+ " (select count(*) from directory_entry e where e.tenant_id = c.tenant_id and e.category_id = c.id)"
			+ " as entries from directory_category c ";

	private final JdbcClient jdbc;

	CategoryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Category> all() {
		return this.jdbc.sql(COLUMNS + "where c.tenant_id = ? order by lower(c.name), c.id")
			.param(TenantContext.require())
			.query(CategoryStore::row)
			.list();
	}

	public Optional<Category> find(UUID id) {
		return this.jdbc.sql(COLUMNS + "where c.tenant_id = ? and c.id = ?")
			.params(TenantContext.require(), id)
			.query(CategoryStore::row)
			.optional();
	}

	/**
	 * The categories of the given tenants (the current one and its groups) holding
	 * published entries, with the count of those, merged by slug.
	 */
	public List<PublicCategory> published(List<UUID> tenants) {
		return this.jdbc.sql("""
				select c.slug, min(c.name) as name, min(c.kind) as kind, count(e.id) as entries
				from directory_category c join directory_entry e on e.tenant_id = c.tenant_id and e.category_id = c.id
				where c.tenant_id = any(?) and e.status = 'PUBLISHED'
				group by c.slug order by lower(min(c.name))
				""")
			.param(tenants.toArray(UUID[]::new))
			.query((rs, n) -> new PublicCategory(rs.getString("slug"), rs.getString("name"),
					CategoryKind.valueOf(rs.getString("kind")), rs.getInt("entries")))
			.list();
	}

	/** The kind of each category of the given tenants, by id. */
	public java.util.Map<UUID, PublicCategory> byId(List<UUID> tenants) {
		java.util.Map<UUID, PublicCategory> found = new java.util.HashMap<>();
		this.jdbc.sql("select id, slug, name, kind from directory_category where tenant_id = any(?)")
			.param(tenants.toArray(UUID[]::new))
			.query((rs) -> {
				found.put(rs.getObject("id", UUID.class), new PublicCategory(rs.getString("slug"), rs.getString("name"),
						CategoryKind.valueOf(rs.getString("kind")), 0));
			});
		return found;
	}

	boolean slugTaken(String slug, UUID except) {
		return this.jdbc.sql("select count(*) from directory_category where tenant_id = ? and slug = ? and id <> ?")
			.params(TenantContext.require(), slug, except)
			.query(Integer.class)
			.single() > 0;
	}

	void insert(UUID id, String name, String slug, CategoryKind kind, Instant now) {
		this.jdbc
			.sql("insert into directory_category (tenant_id, id, name, slug, kind, created_at)"
					+ " values (?, ?, ?, ?, ?, ?)")
			.params(TenantContext.require(), id, name, slug, kind.name(), java.sql.Timestamp.from(now))
			.update();
	}

	void update(UUID id, String name, CategoryKind kind) {
		this.jdbc.sql("update directory_category set name = ?, kind = ? where tenant_id = ? and id = ?")
			.params(name, kind.name(), TenantContext.require(), id)
			.update();
	}

	void delete(UUID id) {
		this.jdbc.sql("delete from directory_category where tenant_id = ? and id = ?")
			.params(TenantContext.require(), id)
			.update();
	}

	/** Gives the current tenant the default categories when it has none at all. */
	void seedDefaults(Instant now) {
		UUID tenant = TenantContext.require();
		Integer existing = this.jdbc.sql("select count(*) from directory_category where tenant_id = ?")
			.param(tenant)
			.query(Integer.class)
			.single();
		if (existing == 0) {
			DefaultCategories.ALL.forEach(
					(category) -> insert(UUID.randomUUID(), category.name(), category.slug(), category.kind(), now));
		}
	}

	private static Category row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Category(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("slug"),
				CategoryKind.valueOf(rs.getString("kind")), rs.getInt("entries"));
	}

	/**
	 * A category as residents see it.
	 *
	 * @param slug its part of the addresses
	 * @param name its name
	 * @param kind what its entries are
	 * @param entries its published entries
	 */
	public record PublicCategory(String slug, String name, CategoryKind kind, int entries) {

	}

}
