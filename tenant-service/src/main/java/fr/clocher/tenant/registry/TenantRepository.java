package fr.clocher.tenant.registry;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.tenancy.TenantRef;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface TenantRepository extends JpaRepository<Tenant, UUID>, JpaSpecificationExecutor<Tenant> {

	Optional<Tenant> findByKindAndOfficialCode(TenantKind kind, String officialCode);

	List<Tenant> findByKindAndOfficialCodeIn(TenantKind kind, Collection<String> officialCodes);

	Optional<Tenant> findBySlug(String slug);

	List<Tenant> findBySlugIn(Collection<String> slugs);

	boolean existsBySlug(String slug);

	/** The groups {@code member} belongs to, in one query over the membership index. */
	@Query("""
			select new fr.clocher.kernel.tenancy.TenantRef(g.id, g.slug, g.name, g.kind, g.status)
			from Tenant m join m.groups g where m.id = :member order by g.searchName, g.id""")
	List<TenantRef> groupsOf(UUID member);

	/** The members of {@code group}, in one query over the membership's primary key. */
	@Query("""
			select new fr.clocher.kernel.tenancy.TenantRef(m.id, m.slug, m.name, m.kind, m.status)
			from Tenant g join g.members m where g.id = :group order by m.searchName, m.id""")
	List<TenantRef> membersOf(UUID group);

}
