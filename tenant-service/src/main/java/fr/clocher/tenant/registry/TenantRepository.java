package fr.clocher.tenant.registry;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.kernel.api.TenantKind;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface TenantRepository extends JpaRepository<Tenant, UUID>, JpaSpecificationExecutor<Tenant> {

	Optional<Tenant> findByKindAndOfficialCode(TenantKind kind, String officialCode);

	List<Tenant> findByKindAndOfficialCodeIn(TenantKind kind, Collection<String> officialCodes);

	Optional<Tenant> findBySlug(String slug);

	List<Tenant> findBySlugIn(Collection<String> slugs);

	boolean existsBySlug(String slug);

}
